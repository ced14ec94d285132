package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.platform.input.DateBounds;
import nl.hamerslag.publication.query.catalogue.DateField;
import nl.hamerslag.publication.query.catalogue.SearchCriteria;
import nl.hamerslag.publication.woo.InformationCategories;
import nl.hamerslag.publication.woo.InformationCategory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The search parameters as a browser or an API client sends them, all text (an empty form field is
 * no filter), checked once for the JSON API and the search page alike. Every problem is collected,
 * so that a citizen sees all of them at once next to the fields.
 */
record SearchParameters(String q, String body, String category, String from, String to, String dateField,
                        String page, String size) {

    static final SearchParameters NONE = new SearchParameters(null, null, null, null, null, null, null, null);

    /** The checked criteria, or the problems found. */
    Result check() {
        List<FieldProblem> problems = new ArrayList<>();
        String text = blank(q) ? null : q.trim();
        if (text != null && text.length() > SearchCriteria.MAX_TEXT) {
            problems.add(new FieldProblem("q", "q: use at most " + SearchCriteria.MAX_TEXT + " characters.",
                    "Zoekwoorden: gebruik ten hoogste " + SearchCriteria.MAX_TEXT + " tekens."));
            text = null;
        }
        DecidingBody decidingBody = body(problems);
        InformationCategory informationCategory = category(problems);
        LocalDate fromDate = date("from", from, problems, "Vanaf");
        LocalDate toDate = date("to", to, problems, "Tot en met");
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            problems.add(new FieldProblem("from", "from (" + fromDate + ") is after to (" + toDate
                    + "): swap them, or leave one out.", "De datum bij ‘Vanaf’ ligt na de datum bij ‘Tot en met’: "
                    + "draai ze om of laat er een leeg."));
        }
        DateField field = dateField(problems);
        Paging paging = Paging.parse(page, size, problems);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new SearchCriteria(text, null, decidingBody, informationCategory, fromDate, toDate, field,
                paging.page(), paging.size()), List.of());
    }

    /** The criteria, or a 400 that names every problem. */
    SearchCriteria require() {
        Result result = check();
        if (!result.problems().isEmpty()) {
            throw new InvalidSearch(result.problems());
        }
        return result.criteria();
    }

    private DecidingBody body(List<FieldProblem> problems) {
        if (blank(body)) {
            return null;
        }
        for (DecidingBody b : DecidingBody.values()) {
            if (b.name().equalsIgnoreCase(body.trim())) {
                return b;
            }
        }
        problems.add(new FieldProblem("body", "body: use one of " + Arrays.toString(DecidingBody.values()) + ".",
                "Bestuursorgaan: kies een bestuursorgaan uit de lijst."));
        return null;
    }

    private InformationCategory category(List<FieldProblem> problems) {
        if (blank(category)) {
            return null;
        }
        return InformationCategories.carried().find(category.trim()).orElseGet(() -> {
            problems.add(new FieldProblem("category", "category: use the TOOI code of a Woo information category, one of "
                    + InformationCategories.carried().codes() + " (or its full URI " + InformationCategories.TOOI_PREFIX + "<code>).",
                    "Informatiecategorie: kies een categorie uit de lijst."));
            return null;
        });
    }

    private DateField dateField(List<FieldProblem> problems) {
        if (blank(dateField)) {
            return DateField.PUBLISHED;
        }
        for (DateField f : DateField.values()) {
            if (f.parameter().equalsIgnoreCase(dateField.trim())) {
                return f;
            }
        }
        problems.add(new FieldProblem("dateField", "dateField: use 'published' (the day of publication) or 'adopted' "
                + "(the day the content was adopted).", "Soort datum: kies publicatiedatum of datum van vaststelling."));
        return DateField.PUBLISHED;
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems, String label) {
        if (blank(value)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (!date.isBefore(DateBounds.EARLIEST) && !date.isAfter(DateBounds.LATEST)) {
                return date;
            }
            problems.add(new FieldProblem(field, field + ": use a date between " + DateBounds.EARLIEST + " and "
                    + DateBounds.LATEST + ".", label + ": vul een datum tussen 1900 en 9999 in."));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, field + ": use a date as yyyy-mm-dd, e.g. 2026-03-10.",
                    label + ": vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-03-10."));
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The query string of these parameters on another page, for the pager's links. */
    String onPage(int otherPage) {
        StringBuilder query = new StringBuilder();
        append(query, "q", q);
        append(query, "body", body);
        append(query, "category", category);
        append(query, "from", from);
        append(query, "to", to);
        append(query, "dateField", dateField);
        append(query, "size", size);
        append(query, "page", Integer.toString(otherPage));
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!blank(value)) {
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    record Result(SearchCriteria criteria, List<FieldProblem> problems) {
    }
}
