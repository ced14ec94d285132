package nl.hamerslag.contracts.followup;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

import java.time.LocalDate;

/**
 * Raadsvraag geregistreerd: the griffie registered a council question; the item (kind QUESTION) is
 * opened by the {@link FollowUpItemOpened} that follows it, with the answer due as its deadline.
 *
 * @param submitter  the council member or party group (fractie) that asked it
 * @param receivedOn the day the griffie received it; the legal term runs from here
 * @param answerDue  the day the answer is due (received + the legal term)
 */
public record QuestionRegistered(String itemId, QuestionKind questionKind, String submitter, String text,
                                 LocalDate receivedOn, LocalDate answerDue) implements IntegrationEvent {

    @Override
    public ProposalId proposalId() {
        return null;
    }

    @Override
    public String partitionKey() {
        return itemId;
    }
}
