package nl.hamerslag.platform.projection;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** How far a rebuild is, or how the last one ended. */
@Schema(description = "Voortgang van de (laatste) herbouw")
public record RebuildProgress(
        @Schema(description = "RUNNING, DONE of FAILED") Outcome outcome,
        @Schema(description = "Wie de herbouw startte") String startedBy,
        Instant startedAt,
        @Schema(description = "Leeg zolang de herbouw loopt") Instant finishedAt,
        @Schema(description = "Gebeurtenissen verwerkt") long eventsDone,
        @Schema(description = "Gebeurtenissen in de event store bij de start") long eventsTotal,
        @Schema(description = "Gebeurtenissen per seconde tot nu toe") double eventsPerSecond,
        @Schema(description = "Geschatte resterende tijd in seconden; leeg als onbekend of klaar") Long secondsLeft,
        @Schema(description = "Waarom de herbouw mislukte; de oude stand is dan ongewijzigd") String failure) {

    /** Where a rebuild is. */
    public enum Outcome { RUNNING, DONE, FAILED }
}
