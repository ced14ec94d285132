package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.problem.RuleViolation;

/** The secretariat keeps the college's meetings, the griffie (CLERK) those of committee and council. */
public class NotTheAgendaKeeper extends RuleViolation {
    public NotTheAgendaKeeper(DecidingBody body, Role keeper) {
        super(Kind.FORBIDDEN, "Meetings of the " + body + " are planned, prepared and minuted by the " + keeper
                + " role; ask someone with that role.");
    }
}
