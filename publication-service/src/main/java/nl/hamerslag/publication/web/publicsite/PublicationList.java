package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.query.catalogue.PublicDocument;
import nl.hamerslag.publication.query.catalogue.PublicPublication;

import java.util.List;

import static nl.hamerslag.publication.web.publicsite.PageLayout.escape;

/** Publications as a list on a page: each title a link to its own page, with what it is, of whom and when. */
final class PublicationList {

    private PublicationList() {
    }

    static String render(List<PublicPublication> publications, String heading) {
        StringBuilder html = new StringBuilder("<ol class=\"results\">\n");
        for (PublicPublication p : publications) {
            html.append("<li>\n<").append(heading).append("><a href=\"").append(PublicationHtml.path(p.id())).append("\">")
                    .append(escape(p.title())).append("</a></").append(heading).append(">\n<p class=\"meta\">")
                    .append(escape(describe(p))).append("</p>\n");
            if (p.summary() != null && !p.summary().isBlank()) {
                html.append("<p>").append(escape(shortened(p.summary()))).append("</p>\n");
            }
            html.append("</li>\n");
        }
        return html.append("</ol>\n").toString();
    }

    /** "Besluit · College van burgemeester en wethouders · vastgesteld 3 maart 2026 · gepubliceerd 3 maart 2026 om 14:02". */
    static String describe(PublicPublication p) {
        StringBuilder line = new StringBuilder(Dutch.kind(p.kind()));
        if (p.bodyName() != null || p.body() != null) {
            line.append(" · ").append(p.bodyName() != null ? p.bodyName() : Dutch.body(p.body()));
        }
        if (p.adoptedOn() != null) {
            line.append(" · vastgesteld ").append(Dutch.day(p.adoptedOn()));
        }
        line.append(" · gepubliceerd ").append(Dutch.moment(p.publishedAt()));
        if (p.redacted()) {
            line.append(" · gelakte versie");
        }
        return line.toString();
    }

    /** The documents of a publication as download links that say what they are, how large and in which format. */
    static String documents(List<PublicDocument> documents) {
        if (documents.isEmpty()) {
            return "<p>Bij deze publicatie horen geen documenten.</p>\n";
        }
        StringBuilder html = new StringBuilder("<ul>\n");
        for (PublicDocument d : documents) {
            html.append("<li><a href=\"").append(escape(d.url())).append("\">").append(escape(d.name()))
                    .append(" downloaden</a> <span class=\"meta\">(").append(Dutch.fileType(d.mediaType())).append(", ")
                    .append(Dutch.size(d.size())).append(")</span></li>\n");
        }
        return html.append("</ul>\n").toString();
    }

    private static String shortened(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
