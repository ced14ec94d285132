package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;

/**
 * An attempt on a step was refused by a rule the audit trail must show: someone tried to sign (or
 * skip, or delegate) a step of a proposal they wrote, or a step of another department's proposal.
 * Nothing about the step changed. Kept inside this service.
 *
 * @param by          who tried, in the role they acted in
 * @param attempt     what they tried
 * @param rule        the rule that refused it, named as its refusal ({@code NoSignOffOnOwnProposal},
 *                    {@code NotTheStepsDepartment})
 * @param explanation the refusal's message, as the caller got it
 */
public record SignOffRefused(String routeId, ProposalId proposalId, String stepId, Role role, Actor by,
                             Attempt attempt, String rule, String explanation) {

    /** What was attempted on the step. */
    public enum Attempt { APPROVE, REFUSE, DELEGATE, SKIP }
}
