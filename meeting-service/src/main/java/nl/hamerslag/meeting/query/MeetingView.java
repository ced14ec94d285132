package nl.hamerslag.meeting.query;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.meeting.command.MeetingState;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

@Schema(description = "Een vergadering van een gremium")
public record MeetingView(
        @Schema(description = "Id van de vergadering") String id,
        @Schema(description = "Id van het gremium") String bodyId,
        @Schema(description = "Soort gremium: COLLEGE, COMMITTEE (commissie) of COUNCIL (raad)") DecidingBody body,
        @Schema(description = "Naam van het gremium") String bodyName,
        @Schema(description = "Datum") LocalDate date,
        @Schema(description = "Aanvang") LocalTime startsAt,
        @Schema(description = "Plaats") String place,
        @Schema(description = "Heeft een besloten deel") boolean closedPart,
        @Schema(description = "Stand: PLANNED, AGENDA_PUBLISHED, OPENED, CLOSED of CANCELLED") MeetingState state,
        @Schema(description = "Reden van annuleren") String cancelReason,
        @Schema(description = "Wanneer de agenda werd gepubliceerd") Instant publishedAt,
        @Schema(description = "Wanneer de vergadering werd geopend") Instant openedAt,
        @Schema(description = "Wanneer de vergadering werd gesloten") Instant closedAt) {
}
