package nl.hamerslag.identity;

import java.util.Map;
import java.util.Optional;

/**
 * The claims of a token that the services store as who acted: {@code sub}, {@code name} and
 * {@code department}. A valid signature does not make them fit: an identity provider may hold a
 * very long display name, and a column that is too narrow turns it into a 500 on the first write.
 * So a token is refused when one of them is not text, is longer than {@value #MAX_LENGTH}
 * characters (the narrowest column that holds them is {@code varchar(200)}), or contains control
 * characters (they would forge lines in logs and exports). Without {@code sub} nobody can be named.
 */
public final class ActorClaims {

    public static final int MAX_LENGTH = 200;
    private static final String SUBJECT = "sub";

    private ActorClaims() {
    }

    /** Why the token's actor claims cannot be used, or empty when they can. */
    public static Optional<String> refusal(Map<String, Object> claims) {
        if (claims.get(SUBJECT) == null) {
            return Optional.of("the token has no 'sub' claim, so it names nobody");
        }
        for (String claim : new String[] {SUBJECT, TokenClaims.NAME, TokenClaims.DEPARTMENT}) {
            Optional<String> refusal = refusal(claim, claims.get(claim));
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> refusal(String claim, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            return Optional.of("the '" + claim + "' claim must be text");
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of("the '" + claim + "' claim is longer than " + MAX_LENGTH + " characters");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("the '" + claim + "' claim contains control characters");
        }
        return Optional.empty();
    }
}
