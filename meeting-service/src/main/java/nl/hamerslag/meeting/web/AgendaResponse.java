package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.meeting.command.MeetingState;
import nl.hamerslag.meeting.query.AgendaChangeView;
import nl.hamerslag.meeting.query.AgendaItemView;

import java.util.List;

@Schema(description = "De agenda van een vergadering: de punten op volgorde (teruggenomen punten achteraan) en de "
        + "wijzigingen na publicatie. Punten van voorstellen die u niet mag zien, ontbreken.")
record AgendaResponse(
        @Schema(description = "Id van de vergadering") String meetingId,
        @Schema(description = "Stand van de vergadering") MeetingState state,
        @Schema(description = "De agendapunten") List<AgendaItemView> items,
        @Schema(description = "Wijzigingen na publicatie, in volgorde") List<AgendaChangeView> changes) {
}
