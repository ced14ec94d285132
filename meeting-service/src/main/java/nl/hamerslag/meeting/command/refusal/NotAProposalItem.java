package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.contracts.meeting.AgendaItemKind;
import nl.hamerslag.platform.problem.RuleViolation;

/** Hamerstuk or bespreekstuk is said of a proposal; a standing item is neither. */
public class NotAProposalItem extends RuleViolation {
    public NotAProposalItem(String agendaItemId, AgendaItemKind kind) {
        super(Kind.UNPROCESSABLE, "Agenda item " + agendaItemId + " is " + kind + ", not a proposal; only a proposal "
                + "is a hamerstuk (HAMMER_ITEM) or bespreekstuk (DEBATE_ITEM). Leave itemType out for this item.");
    }
}
