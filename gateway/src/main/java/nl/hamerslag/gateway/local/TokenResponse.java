package nl.hamerslag.gateway.local;

/** A signed bearer token and who it is for. */
public record TokenResponse(String token, String subject, String name, String role, long expiresInSeconds) {
}
