package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A decision AMENDED says how: the amended text is part of the decision. */
public class AmendedTextRequired extends RuleViolation {
    public AmendedTextRequired(String agendaItemId) {
        super(Kind.INVALID, "amendedText: a decision AMENDED on agenda item " + agendaItemId + " needs the amended "
                + "text; send amendedText, or decide AS_PROPOSED.");
    }
}
