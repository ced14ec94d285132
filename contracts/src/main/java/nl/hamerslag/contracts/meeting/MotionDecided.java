package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

import java.util.List;

/**
 * Motie: the outcome of a motion (a request or instruction of the council to the college). An
 * adopted motion is followed up until its execution is settled.
 *
 * @param proposalId the proposal it was submitted with; null for a motion on no agenda item (motie vreemd)
 */
public record MotionDecided(String meetingId, String motionId, ProposalId proposalId, String agendaItemId,
                            String title, String text, List<String> submitters, List<String> coSigners,
                            InstrumentOutcome outcome, String voteId) implements IntegrationEvent {

    public MotionDecided {
        submitters = List.copyOf(submitters);
        coSigners = List.copyOf(coSigners);
    }

    @Override
    public String partitionKey() {
        return proposalId == null ? meetingId : proposalId.toString();
    }
}
