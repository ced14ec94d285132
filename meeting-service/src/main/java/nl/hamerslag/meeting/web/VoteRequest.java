package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.meeting.VoteSubject;
import nl.hamerslag.meeting.command.FloorLimits;

import java.util.List;

@Schema(description = "Een stemming: per lid voor of tegen, of aangenomen zonder stemming.")
record VoteRequest(
        @Schema(description = "Waarover: PROPOSAL (het voorstel van een agendapunt), AMENDMENT of MOTION")
        @NotNull VoteSubject subject,
        @Schema(description = "Bij AMENDMENT of MOTION: het id van het amendement of de motie")
        @Size(max = FloorLimits.ID) String subjectId,
        @Schema(description = "Bij PROPOSAL: het agendapunt", example = "item-7")
        @Size(max = FloorLimits.ID) String agendaItemId,
        @Schema(description = "Bij PROPOSAL: het id van het voorstel")
        ProposalId proposalId,
        @Schema(description = "true: aangenomen zonder stemming (bij hamerslag); dan geen votes, wel eventueel "
                + "recordedAgainst; standaard false")
        Boolean withoutVote,
        @Schema(description = "De stem van elk aanwezig lid met een zetel, behalve wie niet deelneemt")
        @Size(max = FloorLimits.MEMBERS) List<@Valid @NotNull BallotRequest> votes,
        @Schema(description = "Zonder stemming: de leden die aantekening willen dat zij tegen zijn")
        @Size(max = FloorLimits.MEMBERS) List<@NotBlank @Size(max = FloorLimits.ID) String> recordedAgainst,
        @Schema(description = "Leden die persoonlijk betrokken zijn en niet deelnemen (Gemeentewet art. 28)")
        @Size(max = FloorLimits.MEMBERS) List<@NotBlank @Size(max = FloorLimits.ID) String> notParticipating) {

    boolean adoptedWithoutVote() {
        return Boolean.TRUE.equals(withoutVote);
    }
}
