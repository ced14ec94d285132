package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.meeting.query.DecisionView;
import nl.hamerslag.meeting.query.MeetingView;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "De besluitenlijst van een gesloten vergadering")
record DecisionListResponse(
        @Schema(description = "De vergadering") MeetingView meeting,
        @Schema(description = "DRAWN_UP (opgesteld) of ADOPTED (vastgesteld)") String state,
        @Schema(description = "De vergadering waarin de lijst werd vastgesteld") String adoptedInMeetingId,
        @Schema(description = "Datum van vaststelling") LocalDate adoptedOn,
        @Schema(description = "SHA-256 van de lijst zoals opgesteld (drawnUp), zoals MeetingClosed die noemt") String sha256,
        @Schema(description = "De besluiten, op agendavolgorde; besluiten over voorstellen die u niet mag zien ontbreken")
        List<DecisionView> decisions,
        @Schema(description = "De lijst precies zoals opgesteld (JSON-tekst): de SHA-256 is van deze tekst in UTF-8; alleen "
                + "als u elk besluit mag zien") String drawnUp) {
}
