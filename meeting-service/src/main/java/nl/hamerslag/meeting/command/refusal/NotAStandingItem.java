package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A proposal comes on the agenda from the ready list, with its approved version; not as a standing item. */
public class NotAStandingItem extends RuleViolation {
    public NotAStandingItem(String meetingId) {
        super(Kind.INVALID, "kind: a proposal is put on the agenda from the ready list (POST /api/meetings/" + meetingId
                + "/agenda/proposals); a standing item is OPENING, ANNOUNCEMENTS, PREVIOUS_DECISION_LIST, "
                + "INCOMING_DOCUMENTS or CLOSING.");
    }
}
