package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.contracts.meeting.FollowUpAction;
import nl.hamerslag.meeting.command.MeetingLimits;

import java.util.List;

/** Het besluit over een agendapunt. */
record DecisionRequest(
        @Schema(description = "AS_PROPOSED (conform), AMENDED (gewijzigd), POSTPONED (aangehouden), REJECTED (verworpen) "
                + "of WITHDRAWN (teruggetrokken)") @NotNull DecisionOutcome outcome,
        @Schema(description = "Besluittekst; leeg voor de gebruikelijke tekst; ten hoogste " + MeetingLimits.DECISION_TEXT + " tekens")
        @Size(max = MeetingLimits.DECISION_TEXT, message = "at most {max} characters") String decisionText,
        @Schema(description = "De gewijzigde tekst; verplicht bij AMENDED")
        @Size(max = MeetingLimits.DECISION_TEXT, message = "at most {max} characters") String amendedText,
        @Schema(description = "Vervolgacties, ten hoogste " + MeetingLimits.FOLLOW_UPS)
        @Size(max = MeetingLimits.FOLLOW_UPS, message = "at most {max} follow-up actions") List<@Valid @NotNull FollowUpRequest> followUpActions,
        @Schema(description = "Het volgende gremium; leeg laat de regel beslissen (raadsvoorstel: college → COMMITTEE → COUNCIL)")
        DecidingBody nextBody) {

    List<FollowUpAction> actions() {
        return followUpActions == null ? List.of() : followUpActions.stream().map(FollowUpRequest::action).toList();
    }
}
