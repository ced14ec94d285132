package nl.hamerslag.followup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.contracts.followup.FollowUpKind;
import nl.hamerslag.followup.query.FollowUpQueries;
import nl.hamerslag.followup.query.ItemFilter;
import nl.hamerslag.followup.query.ListEntry;
import nl.hamerslag.followup.query.FollowUpVisibility;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;

@RestController
@RequestMapping("/api/followup/lists")
@Tag(name = "Lijsten van de griffie", description = "De toezeggingenlijst en de motielijst zoals de griffie ze bijhoudt: "
        + "als JSON, als CSV (Accept: text/csv of de extensie .csv) en als HTML-overzicht met statuskleuren "
        + "(afgedaan groen, te laat rood, nieuw blauw, aangehouden grijs).")
class ListController {

    static final String TEXT_CSV = "text/csv";

    private final FollowUpQueries queries;
    private final FollowUpVisibility visibility;

    ListController(FollowUpQueries queries, FollowUpVisibility visibility) {
        this.queries = queries;
        this.visibility = visibility;
    }

    @GetMapping(path = "/{list}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Toezeggingenlijst of motielijst (JSON)", description = "list is 'commitments' "
            + "(toezeggingenlijst) of 'motions' (motielijst): elke regel met vergadering, tekst, portefeuillehouder, "
            + "uiterste datum en status. Regels over een voorstel dat u niet mag zien, blijven weg.")
    @ApiResponse(responseCode = "200", description = "De lijst")
    @ApiResponse(responseCode = "404", description = "Geen lijst met die naam")
    List<ListEntry> json(@Parameter(description = "commitments of motions") @PathVariable String list, Caller caller) {
        return entries(list, caller);
    }

    @GetMapping(path = "/{list}", produces = TEXT_CSV)
    @Operation(summary = "Toezeggingenlijst of motielijst (CSV)", description = "Dezelfde lijst als CSV (UTF-8, "
            + "puntkomma als scheidingsteken), te openen in een spreadsheet.")
    @ApiResponse(responseCode = "200", description = "De lijst als CSV")
    @ApiResponse(responseCode = "404", description = "Geen lijst met die naam")
    ResponseEntity<String> csv(@Parameter(description = "commitments of motions") @PathVariable String list, Caller caller) {
        return csvOf(list, caller);
    }

    @GetMapping(path = "/{list}.csv")
    @Operation(summary = "Toezeggingenlijst of motielijst (CSV, via de extensie)", description = "Als de CSV-variant, "
            + "voor wie geen Accept-header kan meesturen.")
    @ApiResponse(responseCode = "200", description = "De lijst als CSV")
    @ApiResponse(responseCode = "404", description = "Geen lijst met die naam")
    ResponseEntity<String> csvBySuffix(@Parameter(description = "commitments of motions") @PathVariable String list,
                                       Caller caller) {
        return csvOf(list, caller);
    }

    @GetMapping(path = "/{list}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "Toezeggingenlijst of motielijst (HTML)", description = "Dezelfde lijst als toegankelijke "
            + "HTML-tabel, met statuskleuren én statustekst.")
    @ApiResponse(responseCode = "200", description = "De lijst als HTML")
    @ApiResponse(responseCode = "404", description = "Geen lijst met die naam")
    ResponseEntity<String> html(@Parameter(description = "commitments of motions") @PathVariable String list, Caller caller) {
        GriffieList kind = GriffieList.named(list);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(ListHtml.render(kind.title(), entries(list, caller)));
    }

    private ResponseEntity<String> csvOf(String list, Caller caller) {
        GriffieList kind = GriffieList.named(list);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(kind.fileName() + ".csv").build().toString())
                .body(ListCsv.render(entries(list, caller)));
    }

    private List<ListEntry> entries(String list, Caller caller) {
        FollowUpKind kind = GriffieList.named(list).kind();
        return visibility.visible(queries.items(ItemFilter.ofKind(kind)), caller).stream().map(ListEntry::of).toList();
    }

    /** The lists the griffie keeps. */
    enum GriffieList {
        COMMITMENTS("commitments", FollowUpKind.COMMITMENT, "Toezeggingenlijst", "toezeggingenlijst"),
        MOTIONS("motions", FollowUpKind.MOTION, "Motielijst", "motielijst");

        private final String path;
        private final FollowUpKind kind;
        private final String title;
        private final String fileName;

        GriffieList(String path, FollowUpKind kind, String title, String fileName) {
            this.path = path;
            this.kind = kind;
            this.title = title;
            this.fileName = fileName;
        }

        static GriffieList named(String path) {
            for (GriffieList list : values()) {
                if (list.path.equals(path)) {
                    return list;
                }
            }
            throw new ListNotFound(path);
        }

        FollowUpKind kind() {
            return kind;
        }

        String title() {
            return title;
        }

        String fileName() {
            return fileName;
        }
    }
}
