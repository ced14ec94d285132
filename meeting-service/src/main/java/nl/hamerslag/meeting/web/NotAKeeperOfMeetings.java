package nl.hamerslag.meeting.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** Only the secretariat and the griffie plan and keep meetings. */
class NotAKeeperOfMeetings extends RuleViolation {
    NotAKeeperOfMeetings() {
        super(Kind.FORBIDDEN, "Meetings are planned and kept by the secretariat (SECRETARIAT, for the college) and the "
                + "griffie (CLERK, for committees and the council); ask someone with one of those roles.");
    }
}
