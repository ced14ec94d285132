package nl.hamerslag.publication.web.publicsite;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.publication.query.catalogue.CatalogueQueries;
import nl.hamerslag.publication.query.catalogue.MeetingSummary;
import nl.hamerslag.publication.query.catalogue.PublicMeeting;
import nl.hamerslag.publication.query.catalogue.ResultPage;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/public/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Openbare vergaderingen", description = "Vergaderingen met openbare publicaties: de openbare agenda, "
        + "vergaderstukken, besluitenlijst en besluiten.")
class MeetingsApi {

    static final int MAX_MEETING_ID = 200;

    private final CatalogueQueries catalogue;

    MeetingsApi(CatalogueQueries catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "Vergaderingen met openbare publicaties", description = "De laatste vergadering eerst.")
    @ApiResponse(responseCode = "200", description = "Een pagina met vergaderingen")
    @ApiResponse(responseCode = "400", description = Descriptions.BAD_REQUEST)
    ResultPage<MeetingSummary> meetings(
            @Parameter(description = Descriptions.PAGE) @RequestParam(required = false) String page,
            @Parameter(description = Descriptions.SIZE) @RequestParam(required = false) String size) {
        Paging paging = Paging.require(page, size);
        return catalogue.meetings(paging.page(), paging.size());
    }

    @GetMapping("/{meetingId}")
    @Operation(summary = "Eén vergadering met haar openbare publicaties", description = "Agenda, vergaderstukken, "
            + "besluitenlijst en besluiten van de vergadering, voor zover openbaar, met hun documenten.")
    @ApiResponse(responseCode = "200", description = "De vergadering")
    @ApiResponse(responseCode = "404", description = "Geen vergadering met openbare publicaties met dit id")
    PublicMeeting meeting(@Parameter(description = "Id van de vergadering") @PathVariable String meetingId) {
        return find(catalogue, meetingId);
    }

    static PublicMeeting find(CatalogueQueries catalogue, String meetingId) {
        if (meetingId.length() > MAX_MEETING_ID) {
            throw new MeetingNotFound();
        }
        return catalogue.meeting(meetingId).orElseThrow(MeetingNotFound::new);
    }
}
