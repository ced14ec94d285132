package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

import java.util.List;

/** Amendement: the outcome of an amendment to a proposal, voted before the proposal itself. */
public record AmendmentDecided(String meetingId, String amendmentId, ProposalId proposalId, String agendaItemId,
                               String title, String text, List<String> submitters, List<String> coSigners,
                               InstrumentOutcome outcome, String voteId) implements IntegrationEvent {

    public AmendmentDecided {
        submitters = List.copyOf(submitters);
        coSigners = List.copyOf(coSigners);
    }
}
