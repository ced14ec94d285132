package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.hamerslag.contracts.meeting.VoteChoice;
import nl.hamerslag.meeting.command.Ballot;
import nl.hamerslag.meeting.command.FloorLimits;

@Schema(description = "De stem van één lid.")
record BallotRequest(
        @Schema(description = "Id van het lid", example = "ria-raadslid")
        @NotBlank @Size(max = FloorLimits.ID) String memberId,
        @Schema(description = "FOR (voor) of AGAINST (tegen); onthouden bestaat niet")
        @NotNull VoteChoice choice) {

    Ballot ballot() {
        return new Ballot(memberId, choice);
    }
}
