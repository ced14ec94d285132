package nl.hamerslag.publication.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Terugtrekken. */
record ReasonRequest(@Schema(description = "De reden; blijft zichtbaar in de melding van terugtrekking") String reason) {
}
