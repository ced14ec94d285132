package nl.hamerslag.contracts;

import java.util.Objects;

/**
 * Who did something: the token's subject, a display name and the role the action was taken in.
 * A service that acts on another service's event is an actor too, with role {@link Role#SYSTEM}.
 */
public record Actor(String subject, String name, Role role) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public static Actor system(String serviceName) {
        return new Actor(serviceName, "Hamerslag " + serviceName, Role.SYSTEM);
    }
}
