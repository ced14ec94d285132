package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.support.CatalogueTestRows;
import nl.hamerslag.publication.support.ChannelsTestBase;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FeedAndSitemapIntegrationTest extends ChannelsTestBase {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String DIWOO = "https://standaarden.overheid.nl/diwoo/metadata/";

    @Test
    void theFeedIsAtomNewestFirstWithALinkToEachPage() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID older = rows.publication("DECISION", "Ouder besluit").publishedAt(now.minusSeconds(60)).insert();
        UUID newer = rows.publication("DECISION", "Nieuwer besluit").publishedAt(now.plusSeconds(3600)).insert();

        ApiResponse response = client.get("/openbaar/feed.atom");

        assertThat(response.contentType()).startsWith("application/atom+xml");
        Document feed = parse(response.body());
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(root.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isPositive();
        }
        List<String> ids = texts(root.getElementsByTagNameNS(ATOM, "entry"), "id");
        assertThat(ids).containsSubsequence("urn:uuid:" + newer, "urn:uuid:" + older);
        assertThat(response.body()).contains("href=\"http://localhost:8080/openbaar/publicaties/" + newer + "\"");
    }

    @Test
    void theSitemapCarriesValidDiwooMetadataForEveryPublicationAndDocument() throws Exception {
        UUID id = rows.publication("DECISION", "Besluit met <tekens> & meer").summary("Samenvatting")
                .adoptedOn(LocalDate.of(2026, 3, 10)).document("besluit.pdf", "%PDF-1.4 sitemap " + uniqueWord()).insert();
        rows.publication("AGENDA", "Agenda zonder vaststellingsdatum").insert();

        ApiResponse response = client.get("/openbaar/sitemap.xml");

        assertThat(response.contentType()).startsWith("application/xml");
        Document sitemap = parse(response.body());
        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        NodeList urls = sitemap.getElementsByTagNameNS(SITEMAP, "url");
        assertThat(urls.getLength()).isGreaterThanOrEqualTo(3);
        Validator validator = diwooSchema().newValidator();
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            assertThat(url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent()).startsWith("http://localhost:8080/");
            NodeList documents = url.getElementsByTagNameNS(DIWOO, "Document");
            assertThat(documents.getLength()).isEqualTo(1);
            try {
                validator.validate(new DOMSource(documents.item(0)));
            } catch (SAXException e) {
                throw new AssertionError("diwoo:Document of " + url.getTextContent().trim() + " is not valid: " + e.getMessage(), e);
            }
        }
        assertThat(response.body()).contains("/openbaar/publicaties/" + id).contains("c_641ecd76");
    }

    @Test
    void moreThanFiftyThousandUrlsMakeASitemapIndexOfFilesOfAtMostFiftyThousand() throws Exception {
        // 25 001 publications with one document each: 50 002 URLs, one more than a file may hold twice over
        String marker = "Sitemapindex " + uniqueWord();
        int publications = 25_001;
        jdbc.update("insert into public_publication (publication_id, kind, title, body, body_name, information_category, "
                + "category_label, organisation, organisation_name, version, redacted, first_published_at, published_at) "
                + "select gen_random_uuid(), 'DECISION', ? || ' ' || n, 'COLLEGE', 'College', ?, 'vergaderstukken', ?, "
                + "'Gemeente Amsterdam', 1, false, now() - interval '1 day' + n * interval '1 second', now() "
                + "from generate_series(1, ?) n", marker, CatalogueTestRows.MEETING_DOCUMENTS, CatalogueTestRows.ORGANISATION,
                publications);
        jdbc.update("insert into public_document (publication_id, position, name, media_type, size, sha256) "
                + "select publication_id, 1, 'index-bijlage.pdf', 'application/pdf', 10, repeat('a', 64) "
                + "from public_publication where title like ? || ' %'", marker);
        try {
            Document index = parse(client.get("/openbaar/sitemap.xml").body());
            assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
            NodeList files = index.getElementsByTagNameNS(SITEMAP, "sitemap");
            assertThat(files.getLength()).isGreaterThanOrEqualTo(2);
            int markedPages = 0;
            for (int i = 0; i < files.getLength(); i++) {
                Element file = (Element) files.item(i);
                String loc = file.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent();
                assertThat(loc).isEqualTo("http://localhost:8080/openbaar/sitemaps/" + (i + 1) + ".xml");
                assertThat(file.getElementsByTagNameNS(SITEMAP, "lastmod").getLength()).isEqualTo(1);
                // tens of megabytes: counted as text rather than parsed whole; the renderer of each url is the
                // one the test above validates against the DiWoo schema
                String sitemap = client.get(loc.substring("http://localhost:8080".length())).body();
                assertThat(sitemap).contains("<urlset xmlns=\"" + SITEMAP + "\"");
                assertThat(occurrences(sitemap, "<url>")).isBetween(1, 50_000);
                markedPages += occurrences(sitemap, "<diwoo:officieleTitel>" + marker + " ")
                        - occurrences(sitemap, " – index-bijlage.pdf</diwoo:officieleTitel>");
            }
            assertThat(markedPages).as("every publication page in exactly one file").isEqualTo(publications);
            assertThat(client.get("/openbaar/sitemaps/" + (files.getLength() + 1) + ".xml").status()).isEqualTo(404);
            assertThat(client.get("/openbaar/sitemaps/0.xml").status()).isEqualTo(404);
            assertThat(client.get("/openbaar/sitemaps/twee.xml").status()).isEqualTo(404);
        } finally {
            jdbc.update("delete from public_publication where title like ? || ' %'", marker);
        }
        assertThat(parse(client.get("/openbaar/sitemap.xml").body()).getDocumentElement().getLocalName()).isEqualTo("urlset");
    }

    private static int occurrences(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            found++;
        }
        return found;
    }

    @Test
    void anInvalidDiwooDocumentIsRefusedByTheSchema() throws Exception {
        Document broken = parse("<diwoo:Document xmlns:diwoo=\"" + DIWOO + "\"><diwoo:DiWoo>"
                + "<diwoo:publisher resource=\"https://example.org/nobody\">Niemand</diwoo:publisher>"
                + "</diwoo:DiWoo></diwoo:Document>");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> diwooSchema().newValidator()
                .validate(new DOMSource(broken.getDocumentElement()))).isInstanceOf(SAXException.class);
    }

    private static Schema diwooSchema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(FeedAndSitemapIntegrationTest.class.getResource("/diwoo/diwoo-metadata.xsd"));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(NodeList entries, String child) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            texts.add(((Element) entries.item(i)).getElementsByTagNameNS(ATOM, child).item(0).getTextContent());
        }
        return texts;
    }
}
