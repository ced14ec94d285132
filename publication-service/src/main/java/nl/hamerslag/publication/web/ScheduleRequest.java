package nl.hamerslag.publication.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** Inplannen. */
record ScheduleRequest(@Schema(description = "Moment van publicatie (ISO 8601, in de toekomst)",
        example = "2026-06-04T09:00:00+02:00") Instant at) {
}
