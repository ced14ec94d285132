package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.query.catalogue.PublicPublication;

import java.util.UUID;

import static nl.hamerslag.publication.web.publicsite.PageLayout.escape;

/** The page of one publication (a decision, an agenda, ...): what it says, its facts and its documents. */
final class PublicationHtml {

    private PublicationHtml() {
    }

    static String path(UUID id) {
        return "/openbaar/publicaties/" + id;
    }

    static String render(PublicPublication p) {
        StringBuilder main = new StringBuilder();
        main.append("<p class=\"meta\">").append(Dutch.kind(p.kind())).append("</p>\n<h1>").append(escape(p.title()))
                .append("</h1>\n");
        if (p.summary() != null && !p.summary().isBlank()) {
            for (String paragraph : p.summary().split("\\R\\s*\\R")) {
                main.append("<p>").append(escape(paragraph.trim())).append("</p>\n");
            }
        }
        main.append("<h2>Gegevens</h2>\n<dl>\n");
        fact(main, "Soort", Dutch.kind(p.kind()));
        if (p.body() != null || p.bodyName() != null) {
            fact(main, "Bestuursorgaan", p.bodyName() != null ? p.bodyName() : Dutch.body(p.body()));
        }
        if (p.meetingId() != null) {
            main.append("<dt>Vergadering</dt><dd><a href=\"").append(MeetingHtml.path(p.meetingId())).append("\">")
                    .append(escape(MeetingHtml.title(p.bodyName(), p.body(), p.meetingDate()))).append("</a></dd>\n");
        }
        if (p.adoptedOn() != null) {
            fact(main, "Vastgesteld op", Dutch.day(p.adoptedOn()));
        }
        fact(main, "Gepubliceerd op", Dutch.moment(p.publishedAt()));
        if (p.version() > 1) {
            fact(main, "Versie", p.version() + " (gecorrigeerd; eerst gepubliceerd op "
                    + Dutch.moment(p.firstPublishedAt()) + ")");
        }
        if (p.redacted()) {
            fact(main, "Gelakt", "Ja: delen zijn weggelakt op grond van de Woo");
        }
        fact(main, "Informatiecategorie (Woo)", p.categoryLabel());
        fact(main, "Organisatie", p.organisationName());
        main.append("</dl>\n<h2>Documenten</h2>\n").append(PublicationList.documents(p.documents()));
        return PageLayout.page(p.title(), main.toString());
    }

    private static void fact(StringBuilder html, String term, String value) {
        html.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }
}
