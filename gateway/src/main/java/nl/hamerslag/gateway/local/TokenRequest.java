package nl.hamerslag.gateway.local;

/** Ask for a token in a role; {@code user} (optional) picks whose name is on it, else the role's demo user. */
public record TokenRequest(String role, String user) {
}
