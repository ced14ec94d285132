package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.contracts.meeting.AgendaItemKind;
import nl.hamerslag.platform.problem.RuleViolation;

/** Only proposals, and the previous meeting's decision list, are decided; other standing items are not. */
public class NotDecidable extends RuleViolation {
    public NotDecidable(String agendaItemId, AgendaItemKind kind, String why) {
        super(Kind.UNPROCESSABLE, "Agenda item " + agendaItemId + " (" + kind + ") " + why);
    }
}
