package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Submit a motion (motie) on an agenda item, or on no item (motie vreemd aan de orde van de dag): then
 * {@code agendaItemId} and {@code proposalId} are null.
 */
public record SubmitMotion(@TargetAggregateIdentifier String meetingId, String motionId, String agendaItemId,
                              ProposalId proposalId, String title, String text, List<String> submitters,
                              List<String> coSigners, Caller caller) implements CallerCommand {

    public SubmitMotion {
        submitters = submitters == null ? List.of() : List.copyOf(submitters);
        coSigners = coSigners == null ? List.of() : List.copyOf(coSigners);
    }
}
