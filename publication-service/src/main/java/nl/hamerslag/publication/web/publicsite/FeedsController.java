package nl.hamerslag.publication.web.publicsite;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import nl.hamerslag.publication.query.catalogue.CatalogueQueries;
import nl.hamerslag.publication.query.catalogue.PublicPublication;
import nl.hamerslag.publication.query.catalogue.SitemapPage;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
            + "formaat en documenthandeling als TOOI-waarden. Past alles in één bestand (ten hoogste 50 000 adressen), "
            + "dan is dit de sitemap zelf; anders een sitemap-index die naar /openbaar/sitemaps/{nummer}.xml verwijst.")
    @ApiResponse(responseCode = "200", description = "De sitemap, of de sitemap-index")
    void sitemap(HttpServletResponse response) throws IOException {
        List<SitemapPage> pages = catalogue.sitemapPages();
        if (pages.size() > 1) {
            DiwooSitemap.renderIndex(xml(response), site, pages);
        } else {
            List<PublicPublication> all = pages.isEmpty() ? List.of() : catalogue.forSitemap(pages.get(0));
            DiwooSitemap.render(xml(response), site, all);
        }
    }

    @GetMapping("/openbaar/sitemaps/{number}.xml")
    @Operation(summary = "Eén sitemapbestand", description = "Het sitemapbestand met dit nummer uit de sitemap-index: "
            + "de publicaties in de volgorde waarin ze voor het eerst zijn gepubliceerd, met DiWoo-metadata, ten hoogste "
            + "50 000 adressen. Een nieuwe publicatie komt in het laatste bestand.")
    @ApiResponse(responseCode = "200", description = "Het sitemapbestand")
    @ApiResponse(responseCode = "404", description = "Er is geen sitemapbestand met dit nummer")
    void sitemapFile(@Parameter(description = "Het nummer uit de sitemap-index, vanaf 1") @PathVariable String number,
                     HttpServletResponse response) throws IOException {
        List<SitemapPage> pages = catalogue.sitemapPages();
        SitemapPage page = SitemapFileNumber.parse(number)
                .filter(n -> n <= pages.size()).map(n -> pages.get(n - 1))
                .orElseThrow(() -> new SitemapFileNotFound(pages.size()));
        List<PublicPublication> publications = catalogue.forSitemap(page);
        DiwooSitemap.render(xml(response), site, publications);
    }

    /** Written as it is made, straight to the response (tens of megabytes for a full sitemap file). */
    private static OutputStream xml(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(XML.toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        return response.getOutputStream();
    }
}
