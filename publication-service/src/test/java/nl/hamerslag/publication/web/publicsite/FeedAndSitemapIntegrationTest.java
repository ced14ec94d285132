package nl.hamerslag.publication.web.publicsite;

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
