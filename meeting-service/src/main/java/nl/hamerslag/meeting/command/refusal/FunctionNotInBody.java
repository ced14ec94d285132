package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.meeting.command.MemberFunction;
import nl.hamerslag.platform.problem.RuleViolation;

import java.util.Set;

/** Each kind of body has its own functions: no clerk in the college, no secretary in the council. */
public class FunctionNotInBody extends RuleViolation {
    public FunctionNotInBody(String bodyId, DecidingBody kind, MemberFunction function, Set<MemberFunction> allowed) {
        super(Kind.UNPROCESSABLE, "A " + kind + " has no members with function " + function + "; appoint to body " + bodyId + " one of " + allowed + ".");
    }
}
