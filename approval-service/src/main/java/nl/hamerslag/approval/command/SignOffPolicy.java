package nl.hamerslag.approval.command;

import nl.hamerslag.approval.command.RoutePlan.PlannedStep;
import nl.hamerslag.approval.command.refusal.NoSignOffOnOwnProposal;
import nl.hamerslag.approval.command.refusal.NotTheStepsDepartment;
import nl.hamerslag.approval.command.refusal.NotTheStepsRole;
import nl.hamerslag.approval.command.refusal.OnlyTheSecretarySkips;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.problem.RuleViolation;

import java.util.Optional;

/**
 * Who may act on a step of one route. Signing takes the role the step asks for, of the step's
 * department when it names one, or the step's delegation; skipping takes the municipal secretary;
 * delegating either. Whoever lacks the role is refused at once (thrown, nothing recorded). The
 * refusals returned here are recorded for the audit trail: the proposal's author acting on it in
 * any role (scheiding van functies), and a role holder of another department (or of none).
 *
 * @param author the subject of the proposal's author, or null when the route does not know it
 */
record SignOffPolicy(String author) {

    static final SignOffPolicy UNKNOWN_AUTHOR = new SignOffPolicy(null);

    /** Approve or refuse. */
    Optional<RuleViolation> toSign(PlannedStep step, Caller caller, boolean delegatedToCaller) {
        if (delegatedToCaller) {
            return ownProposal(step, caller.subject());
        }
        if (!caller.holds(step.role())) {
            throw new NotTheStepsRole(step.stepId(), step.role(), caller.roles());
        }
        return ownProposal(step, caller.subject()).or(() -> otherDepartment(step, caller));
    }

    /** Delegate: as for signing, or the municipal secretary for any step. */
    Optional<RuleViolation> toDelegate(PlannedStep step, Caller caller, boolean delegatedToCaller) {
        if (caller.holds(Role.MUNICIPAL_SECRETARY)) {
            return ownProposal(step, caller.subject());
        }
        return toSign(step, caller, delegatedToCaller);
    }

    /** The person a step is delegated to is not its author either. */
    Optional<RuleViolation> toReceive(PlannedStep step, String delegate) {
        return delegate == null ? Optional.empty() : ownProposal(step, delegate.strip());
    }

    /** Skip: the municipal secretary only. */
    Optional<RuleViolation> toSkip(PlannedStep step, Caller caller) {
        if (!caller.holds(Role.MUNICIPAL_SECRETARY)) {
            throw new OnlyTheSecretarySkips(step.stepId(), caller.roles());
        }
        return ownProposal(step, caller.subject());
    }

    private Optional<RuleViolation> ownProposal(PlannedStep step, String subject) {
        return author != null && author.equals(subject)
                ? Optional.of(new NoSignOffOnOwnProposal(step.stepId(), subject)) : Optional.empty();
    }

    private static Optional<RuleViolation> otherDepartment(PlannedStep step, Caller caller) {
        return step.department() != null && !caller.isOfDepartment(step.department())
                ? Optional.of(new NotTheStepsDepartment(step.stepId(), step.role(), step.department(), caller.department()))
                : Optional.empty();
    }
}
