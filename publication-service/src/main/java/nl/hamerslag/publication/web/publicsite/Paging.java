package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.query.catalogue.SearchCriteria;

import java.util.List;

/** The page and size parameters of every public list, checked: pages count from 1, at most 100 per page. */
record Paging(int page, int size) {

    static Paging parse(String page, String size, List<FieldProblem> problems) {
        int p = number("page", page, 1, Integer.MAX_VALUE, 1, problems,
                "page: use a whole number from 1 (the first page is 1).",
                "Pagina: vul een heel getal vanaf 1 in.");
        int s = number("size", size, 1, SearchCriteria.MAX_SIZE, SearchCriteria.DEFAULT_SIZE, problems,
                "size: use a whole number from 1 to " + SearchCriteria.MAX_SIZE + ".",
                "Aantal per pagina: vul een heel getal van 1 tot en met " + SearchCriteria.MAX_SIZE + " in.");
        return new Paging(p, s);
    }

    /** Paging for a list without a form: a problem is refused at once. */
    static Paging require(String page, String size) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        Paging paging = parse(page, size, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSearch(problems);
        }
        return paging;
    }

    private static int number(String field, String value, int min, int max, int absent, List<FieldProblem> problems,
                              String detail, String dutch) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // not a number at all: the same advice as a number out of range
        }
        problems.add(new FieldProblem(field, detail, dutch));
        return absent;
    }
}
