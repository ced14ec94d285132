package nl.hamerslag.publication.web;

/** One redaction, as the JSON list of the "redactions" part names it. */
record RedactionRequest(String document, Integer page, String ground, String description) {
}
