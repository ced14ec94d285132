package nl.hamerslag.publication.web.publicsite;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.publication.query.catalogue.CatalogueQueries;
import nl.hamerslag.publication.query.catalogue.ResultPage;
import nl.hamerslag.publication.query.catalogue.WithdrawalNotice;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Intrekkingen", description = "Ingetrokken publicaties: alleen de melding (titel, datum, reden), nooit "
        + "de inhoud.")
class WithdrawalsApi {

    private final CatalogueQueries catalogue;

    WithdrawalsApi(CatalogueQueries catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(path = "/api/public/withdrawals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Intrekkingsmeldingen", description = "Nieuwste intrekking eerst.")
    @ApiResponse(responseCode = "200", description = "Een pagina met intrekkingsmeldingen")
    @ApiResponse(responseCode = "400", description = Descriptions.BAD_REQUEST)
    ResultPage<WithdrawalNotice> withdrawals(
            @Parameter(description = Descriptions.PAGE) @RequestParam(required = false) String page,
            @Parameter(description = Descriptions.SIZE) @RequestParam(required = false) String size) {
        Paging paging = Paging.require(page, size);
        return catalogue.withdrawals(paging.page(), paging.size());
    }
}
