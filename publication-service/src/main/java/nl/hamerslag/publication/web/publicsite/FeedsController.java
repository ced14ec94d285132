package nl.hamerslag.publication.web.publicsite;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.publication.query.catalogue.CatalogueQueries;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

@RestController
@Tag(name = "Feed en sitemap", description = "Voor feedlezers en de landelijke Woo-index, zonder token.")
class FeedsController {

    private static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

    private final CatalogueQueries catalogue;
    private final PublicSiteProperties site;

    FeedsController(CatalogueQueries catalogue, PublicSiteProperties site) {
        this.catalogue = catalogue;
        this.site = site;
    }

    @GetMapping("/openbaar/feed.atom")
    @Operation(summary = "Atom-feed", description = "De 50 nieuwste publicaties en intrekkingen (Atom, RFC 4287), "
            + "nieuwste eerst. Een ingetrokken publicatie blijft als item met hetzelfde id dat alleen meldt dat ze is "
            + "ingetrokken, wanneer en waarom.")
    @ApiResponse(responseCode = "200", description = "De feed")
    ResponseEntity<String> feed() {
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache())
                .body(AtomFeed.render(site, catalogue.latest(AtomFeed.ENTRIES),
                        catalogue.latestWithdrawals(AtomFeed.ENTRIES)));
    }

    @GetMapping("/openbaar/sitemap.xml")
    @Operation(summary = "Sitemap met DiWoo-metadata", description = "Sitemap (sitemaps.org) met per publicatie en per "
            + "document DiWoo-metadata voor de landelijke Woo-index: organisatie, titel, informatiecategorie, taal, "
            + "formaat en documenthandeling als TOOI-waarden. Ten hoogste 50 000 adressen.")
    @ApiResponse(responseCode = "200", description = "De sitemap")
    ResponseEntity<String> sitemap() {
        return ResponseEntity.ok().contentType(XML).cacheControl(CacheControl.noCache())
                .body(DiwooSitemap.render(site, catalogue.forSitemap()));
    }
}
