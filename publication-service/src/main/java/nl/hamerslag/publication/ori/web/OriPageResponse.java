package nl.hamerslag.publication.ori.web;

import tools.jackson.databind.JsonNode;

import java.util.List;

/** A page of an ORI collection, as the ORI API pages (PaginatedBasis): links to the next and previous page. */
record OriPageResponse(String next, String previous, List<JsonNode> results) {
}
