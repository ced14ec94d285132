package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.query.catalogue.ResultPage;

import java.util.function.IntFunction;

import static nl.hamerslag.publication.web.publicsite.PageLayout.escape;

/** Previous and next links under a list, with link texts that say where they go. */
final class Pager {

    private Pager() {
    }

    static String render(ResultPage<?> page, IntFunction<String> link) {
        if (page.totalPages() <= 1) {
            return "";
        }
        StringBuilder html = new StringBuilder("<nav aria-label=\"Paginering\">\n<p>Pagina ").append(page.page())
                .append(" van ").append(page.totalPages()).append("</p>\n<ul>\n");
        if (page.page() > 1) {
            html.append("<li><a href=\"").append(escape(link.apply(Math.min(page.page() - 1, page.totalPages()))))
                    .append("\" rel=\"prev\">Vorige pagina</a></li>\n");
        }
        if (page.page() < page.totalPages()) {
            html.append("<li><a href=\"").append(escape(link.apply(page.page() + 1)))
                    .append("\" rel=\"next\">Volgende pagina</a></li>\n");
        }
        return html.append("</ul>\n</nav>\n").toString();
    }
}
