package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.query.catalogue.PublicDocument;
import nl.hamerslag.publication.query.catalogue.PublicPublication;
import nl.hamerslag.publication.query.catalogue.WithdrawalNotice;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static nl.hamerslag.publication.web.publicsite.XmlWriting.element;
import static nl.hamerslag.publication.web.publicsite.XmlWriting.time;

/**
 * The Atom feed (RFC 4287) of the public site, newest first. A withdrawn publication stays in the
 * feed as an entry with the same id that says it was withdrawn, when and why, and nothing of its
 * content: a reader that kept the entry replaces it, instead of keeping the withdrawn text.
 */
final class AtomFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final int ENTRIES = 50;

    private AtomFeed() {
    }

    static String render(PublicSiteProperties site, List<PublicPublication> publications,
                         List<WithdrawalNotice> withdrawals) {
        Set<UUID> published = publications.stream().map(PublicPublication::id).collect(Collectors.toSet());
        List<Entry> entries = Stream.concat(publications.stream().map(p -> new Entry(p.publishedAt(), p, null)),
                        withdrawals.stream().filter(w -> !published.contains(w.id())).map(w -> new Entry(w.withdrawnAt(), null, w)))
                .sorted(Comparator.comparing(Entry::updated).reversed()).limit(ENTRIES).toList();
        String self = site.baseUrl() + "/openbaar/feed.atom";
        return XmlWriting.document(xml -> {
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "nl");
            element(xml, "id", self);
            element(xml, "title", "Openbare besluiten en publicaties");
            element(xml, "subtitle", "Nieuwe openbare publicaties en intrekkingen, nieuwste eerst");
            element(xml, "updated", time(entries.isEmpty() ? Instant.now() : entries.get(0).updated()));
            xml.writeStartElement("author");
            element(xml, "name", site.publisherName());
            xml.writeEndElement();
            link(xml, "self", "application/atom+xml", self);
            link(xml, "alternate", "text/html", site.baseUrl() + "/openbaar");
            for (Entry entry : entries) {
                if (entry.publication() != null) {
                    publication(xml, site, entry.publication());
                } else {
                    withdrawal(xml, site, entry.withdrawal());
                }
            }
            xml.writeEndElement();
        });
    }

    private static void publication(XMLStreamWriter xml, PublicSiteProperties site, PublicPublication p)
            throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", "urn:uuid:" + p.id());
        element(xml, "title", p.title());
        element(xml, "updated", time(p.publishedAt()));
        element(xml, "published", time(p.firstPublishedAt()));
        xml.writeStartElement("author");
        element(xml, "name", p.organisationName());
        xml.writeEndElement();
        link(xml, "alternate", "text/html", site.baseUrl() + PublicationHtml.path(p.id()));
        for (PublicDocument d : p.documents()) {
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "enclosure");
            xml.writeAttribute("type", d.mediaType());
            xml.writeAttribute("length", Long.toString(d.size()));
            xml.writeAttribute("title", d.name());
            xml.writeAttribute("href", site.baseUrl() + d.url());
        }
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", p.informationCategory());
        xml.writeAttribute("label", p.categoryLabel());
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(PublicationList.describe(p) + (p.summary() == null || p.summary().isBlank() ? ""
                : ". " + p.summary()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void withdrawal(XMLStreamWriter xml, PublicSiteProperties site, WithdrawalNotice w)
            throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", "urn:uuid:" + w.id());
        element(xml, "title", "Ingetrokken: " + w.title());
        element(xml, "updated", time(w.withdrawnAt()));
        link(xml, "alternate", "text/html", site.baseUrl() + PublicationHtml.path(w.id()));
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters("Deze publicatie is ingetrokken op " + Dutch.moment(w.withdrawnAt()) + ". Reden: "
                + w.reason());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private record Entry(Instant updated, PublicPublication publication, WithdrawalNotice withdrawal) {
    }
}
