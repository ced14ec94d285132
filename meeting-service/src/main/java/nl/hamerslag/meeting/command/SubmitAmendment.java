package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Submit an amendment (amendement) to the proposal of an agenda item; it is voted before the proposal. */
public record SubmitAmendment(@TargetAggregateIdentifier String meetingId, String amendmentId, String agendaItemId,
                              ProposalId proposalId, String title, String text, List<String> submitters,
                              List<String> coSigners, Caller caller) implements CallerCommand {

    public SubmitAmendment {
        submitters = submitters == null ? List.of() : List.copyOf(submitters);
        coSigners = coSigners == null ? List.of() : List.copyOf(coSigners);
    }
}
