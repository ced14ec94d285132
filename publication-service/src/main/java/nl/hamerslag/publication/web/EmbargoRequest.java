package nl.hamerslag.publication.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** Onder embargo zetten. */
record EmbargoRequest(@Schema(description = "Einde van het embargo (ISO 8601, in de toekomst); dan volgt publicatie",
        example = "2026-06-04T09:00:00+02:00") Instant until) {
}
