package nl.hamerslag.approval.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Scheiding van functies: nobody signs, skips or receives a step of a proposal they wrote, in any role. */
public class NoSignOffOnOwnProposal extends RuleViolation {

    public NoSignOffOnOwnProposal(String stepId, String subject) {
        super(Kind.FORBIDDEN, "Step '" + stepId + "' is of a proposal " + subject + " wrote; its author does not "
                + "sign, skip or take over a step of it, in any role. Ask a colleague who holds the step's role.");
    }
}
