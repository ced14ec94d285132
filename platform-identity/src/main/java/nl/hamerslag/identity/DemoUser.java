package nl.hamerslag.identity;

import nl.hamerslag.contracts.Role;

/** A person the local mode knows, with one role each, so every step of the process can be tried. */
public record DemoUser(String subject, String name, Role role, String department) {
}
