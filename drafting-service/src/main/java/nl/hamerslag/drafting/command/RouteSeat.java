package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.Role;

import java.util.Objects;

/**
 * A seat of a proposal's sign-off route as drafting keeps it: a role, limited to a department when
 * the step names one (the manager step). Its holders may see the proposal (ADR 0017).
 */
public record RouteSeat(Role role, String department) {

    public RouteSeat {
        Objects.requireNonNull(role, "role");
    }
}
