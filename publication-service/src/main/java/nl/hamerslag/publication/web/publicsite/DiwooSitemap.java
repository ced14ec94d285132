package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.query.catalogue.CatalogueQueries;
import nl.hamerslag.publication.query.catalogue.PublicDocument;
import nl.hamerslag.publication.query.catalogue.PublicPublication;
import nl.hamerslag.publication.query.catalogue.SitemapPage;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static nl.hamerslag.publication.web.publicsite.XmlWriting.element;

/**
 * The sitemap (sitemaps.org 0.9) of the public site with the DiWoo extension (metadata 0.9.8) that
 * the national Woo index reads: one URL per publication page and one per document, each with a
 * {@code diwoo:Document} naming the publisher, title, Woo information category, language, format
 * and the document action (vaststelling) as TOOI identifiers. A file holds at most
 * {@link CatalogueQueries#SITEMAP_LIMIT} URLs; when the publications need more files, {@code sitemap.xml}
 * is a sitemap index naming each file with its last modification.
 */
final class DiwooSitemap {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String DIWOO = "https://standaarden.overheid.nl/diwoo/metadata/";
    /** The document action "vaststelling" of the DiWoo 0.9.8 list (ccw_plooi_documenthandelingen). */
    static final String ADOPTION = "https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76";
    static final String DUTCH = "http://publications.europa.eu/resource/authority/language/NLD";
    private static final String FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/";
    private static final Map<String, String> FORMATS = Map.of("application/pdf", "PDF", "text/html", "HTML",
            "text/plain", "TXT", "application/vnd.oasis.opendocument.text", "ODT",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX");

    private DiwooSitemap() {
    }

    static void render(OutputStream out, PublicSiteProperties site, List<PublicPublication> publications)
            throws IOException {
        XmlWriting.stream(out, xml -> {
            xml.setDefaultNamespace(SITEMAP);
            xml.setPrefix("diwoo", DIWOO);
            xml.writeStartElement(SITEMAP, "urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("diwoo", DIWOO);
            for (PublicPublication p : publications) {
                String page = site.baseUrl() + PublicationHtml.path(p.id());
                url(xml, page, p, p.title(), "text/html", null);
                for (PublicDocument d : p.documents()) {
                    url(xml, site.baseUrl() + d.url(), p, p.title() + " – " + d.name(), d.mediaType(), page);
                }
            }
            xml.writeEndElement();
        });
    }

    /** The sitemap index (sitemaps.org 0.9) naming every sitemap file. */
    static void renderIndex(OutputStream out, PublicSiteProperties site, List<SitemapPage> pages) throws IOException {
        XmlWriting.stream(out, xml -> {
            xml.setDefaultNamespace(SITEMAP);
            xml.writeStartElement(SITEMAP, "sitemapindex");
            xml.writeDefaultNamespace(SITEMAP);
            for (SitemapPage page : pages) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", site.baseUrl() + path(page.number()));
                element(xml, "lastmod", XmlWriting.time(page.lastModified()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    static String path(int number) {
        return "/openbaar/sitemaps/" + number + ".xml";
    }

    private static void url(XMLStreamWriter xml, String loc, PublicPublication p, String title, String mediaType,
                            String partOf) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", loc);
        element(xml, "lastmod", XmlWriting.time(p.publishedAt()));
        xml.writeStartElement("diwoo", "Document", DIWOO);
        xml.writeStartElement("diwoo", "DiWoo", DIWOO);
        xml.writeStartElement("diwoo", "identifiers", DIWOO);
        element(xml, "diwoo", DIWOO, "identifier", loc);
        xml.writeEndElement();
        labelled(xml, "publisher", p.organisation(), p.organisationName());
        xml.writeStartElement("diwoo", "titelcollectie", DIWOO);
        element(xml, "diwoo", DIWOO, "officieleTitel", title);
        xml.writeEndElement();
        if (p.summary() != null && !p.summary().isBlank()) {
            xml.writeStartElement("diwoo", "omschrijvingen", DIWOO);
            element(xml, "diwoo", DIWOO, "omschrijving", p.summary());
            xml.writeEndElement();
        }
        xml.writeStartElement("diwoo", "classificatiecollectie", DIWOO);
        xml.writeStartElement("diwoo", "informatiecategorieen", DIWOO);
        labelled(xml, "informatiecategorie", p.informationCategory(), p.categoryLabel());
        xml.writeEndElement();
        xml.writeEndElement();
        labelled(xml, "language", DUTCH, "Nederlands");
        String format = FORMATS.get(mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).split(";")[0].trim());
        if (format != null) {
            labelled(xml, "format", FILE_TYPES + format, format);
        }
        if (partOf != null) {
            labelled(xml, "isPartOf", partOf, p.title());
        }
        xml.writeStartElement("diwoo", "documenthandelingen", DIWOO);
        xml.writeStartElement("diwoo", "documenthandeling", DIWOO);
        labelled(xml, "soortHandeling", ADOPTION, "vaststelling");
        // adopted on a day when known; else the content was fixed when it was first published
        element(xml, "diwoo", DIWOO, "atTime", p.adoptedOn() != null ? XmlWriting.startOf(p.adoptedOn())
                : XmlWriting.time(p.firstPublishedAt()));
        labelled(xml, "wasAssociatedWith", p.organisation(), p.organisationName());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void labelled(XMLStreamWriter xml, String name, String resource, String label)
            throws XMLStreamException {
        xml.writeStartElement("diwoo", name, DIWOO);
        xml.writeAttribute("resource", resource);
        xml.writeCharacters(label);
        xml.writeEndElement();
    }
}
