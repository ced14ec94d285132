package nl.hamerslag.publication.web.publicsite;

/**
 * One thing wrong with a request to a public channel, said twice: in English for the problem+json
 * of the API (as every Hamerslag problem), in Dutch for the citizen who filled in the search form.
 */
record FieldProblem(String field, String detail, String dutch) {
}
