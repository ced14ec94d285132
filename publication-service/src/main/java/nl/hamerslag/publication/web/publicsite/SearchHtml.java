package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.publication.query.catalogue.PublicPublication;
import nl.hamerslag.publication.query.catalogue.ResultPage;
import nl.hamerslag.publication.woo.InformationCategories;

import java.util.List;
import java.util.Optional;

import static nl.hamerslag.publication.web.publicsite.PageLayout.escape;

/**
 * The search page: a form whose every field has a label (and a hint where a format is asked), the
 * problems of a search listed above the form and next to their fields, and the results as a list
 * whose links are the titles.
 */
final class SearchHtml {

    private static final List<String> FORM_FIELDS = List.of("q", "body", "category", "dateField", "from", "to");

    private SearchHtml() {
    }

    static String render(SearchParameters given, ResultPage<PublicPublication> results, List<FieldProblem> problems) {
        StringBuilder main = new StringBuilder("<h1>Zoeken in openbare besluiten en publicaties</h1>\n");
        if (!problems.isEmpty()) {
            main.append("<div class=\"errors\" role=\"alert\">\n<h2>Pas uw zoekopdracht aan</h2>\n<ul>\n");
            problems.forEach(p -> main.append(FORM_FIELDS.contains(p.field())
                    ? "<li><a href=\"#" + p.field() + "\">" + escape(p.dutch()) + "</a></li>\n"
                    : "<li>" + escape(p.dutch()) + "</li>\n"));
            main.append("</ul>\n</div>\n");
        }
        main.append("<form method=\"get\" action=\"/openbaar\" role=\"search\" aria-label=\"Publicaties zoeken\">\n");
        text(main, "q", "Zoekwoorden", "Bijvoorbeeld: fietspad of \"subsidie sport\"", given.q(), problems, "search");
        select(main, "body", "Bestuursorgaan", given.body(), problems, "Alle bestuursorganen",
                List.of(DecidingBody.values()).stream().map(b -> new String[]{b.name(), Dutch.body(b.name())}).toList());
        select(main, "category", "Informatiecategorie", given.category(), problems, "Alle informatiecategorieën",
                InformationCategories.carried().all().stream().map(c -> new String[]{c.code(), c.label()}).toList());
        main.append("<fieldset>\n<legend>Periode</legend>\n");
        select(main, "dateField", "Soort datum", given.dateField(), problems, null,
                List.of(new String[]{"published", "Publicatiedatum"}, new String[]{"adopted", "Datum van vaststelling"}));
        text(main, "from", "Vanaf", "Datum als jjjj-mm-dd, bijvoorbeeld 2026-01-31", given.from(), problems, "text");
        text(main, "to", "Tot en met", "Datum als jjjj-mm-dd", given.to(), problems, "text");
        main.append("</fieldset>\n<button type=\"submit\">Zoeken</button>\n</form>\n");
        if (results != null) {
            main.append(results(given, results));
        }
        return PageLayout.page("Zoeken", main.toString());
    }

    private static String results(SearchParameters given, ResultPage<PublicPublication> results) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"resultaten\">\n<h2 id=\"resultaten\">")
                .append(results.total() == 1 ? "1 publicatie gevonden" : results.total() + " publicaties gevonden")
                .append("</h2>\n");
        if (results.items().isEmpty()) {
            html.append(results.total() == 0 ? "<p>Er zijn geen openbare publicaties die aan uw zoekopdracht voldoen.</p>\n"
                    : "<p>Deze pagina bestaat niet; ga naar een eerdere pagina.</p>\n");
        } else {
            html.append(PublicationList.render(results.items(), "h3"));
        }
        html.append(Pager.render(results, page -> "/openbaar" + given.onPage(page)));
        return html.append("</section>\n").toString();
    }

    private static void text(StringBuilder html, String name, String label, String hint, String value,
                             List<FieldProblem> problems, String type) {
        Optional<FieldProblem> problem = problemOf(name, problems);
        html.append("<label for=\"").append(name).append("\">").append(label).append("</label>\n<span class=\"hint\" id=\"")
                .append(name).append("-hint\">").append(escape(hint)).append("</span>\n");
        problem.ifPresent(p -> html.append("<span class=\"error\" id=\"").append(name).append("-error\">")
                .append(escape(p.dutch())).append("</span>\n"));
        html.append("<input type=\"").append(type).append("\" id=\"").append(name).append("\" name=\"").append(name)
                .append("\" value=\"").append(escape(value)).append("\" aria-describedby=\"").append(name).append("-hint")
                .append(problem.isPresent() ? " " + name + "-error\" aria-invalid=\"true" : "").append("\">\n");
    }

    private static void select(StringBuilder html, String name, String label, String value, List<FieldProblem> problems,
                               String none, List<String[]> options) {
        Optional<FieldProblem> problem = problemOf(name, problems);
        html.append("<label for=\"").append(name).append("\">").append(label).append("</label>\n");
        problem.ifPresent(p -> html.append("<span class=\"error\" id=\"").append(name).append("-error\">")
                .append(escape(p.dutch())).append("</span>\n"));
        html.append("<select id=\"").append(name).append("\" name=\"").append(name).append("\"")
                .append(problem.isPresent() ? " aria-describedby=\"" + name + "-error\" aria-invalid=\"true\"" : "")
                .append(">\n");
        if (none != null) {
            html.append("<option value=\"\">").append(escape(none)).append("</option>\n");
        }
        for (String[] option : options) {
            boolean selected = value != null && option[0].equalsIgnoreCase(value.trim());
            html.append("<option value=\"").append(escape(option[0])).append("\"").append(selected ? " selected" : "")
                    .append(">").append(escape(option[1])).append("</option>\n");
        }
        html.append("</select>\n");
    }

    private static Optional<FieldProblem> problemOf(String field, List<FieldProblem> problems) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst();
    }
}
