package nl.hamerslag.approval.command.refusal;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.problem.RuleViolation;

import java.util.Set;

/** Only the municipal secretary may pass over a step. */
public class OnlyTheSecretarySkips extends RuleViolation {

    public OnlyTheSecretarySkips(String stepId, Set<Role> held) {
        super(Kind.FORBIDDEN, "Only the " + Role.MUNICIPAL_SECRETARY + " may skip step '" + stepId
                + "'; your token holds " + held.stream().sorted().toList() + ".");
    }
}
