package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.Role;

import java.util.Set;

/**
 * Who asks to act on a step, with every role their token holds and their department (null when the
 * token names none); the step decides which role they act in.
 */
public record Signatory(String subject, String name, Set<Role> roles, String department) {

    public Signatory {
        roles = Set.copyOf(roles);
    }

    public Signatory(String subject, String name, Set<Role> roles) {
        this(subject, name, roles, null);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public Actor as(Role role) {
        return new Actor(subject, name, role);
    }
}
