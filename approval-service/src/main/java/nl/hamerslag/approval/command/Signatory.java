package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.Role;

import java.util.Set;

/** Who asks to sign, with every role their token holds; the step decides which role they sign in. */
public record Signatory(String subject, String name, Set<Role> roles) {

    public Signatory {
        roles = Set.copyOf(roles);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public Actor as(Role role) {
        return new Actor(subject, name, role);
    }
}
