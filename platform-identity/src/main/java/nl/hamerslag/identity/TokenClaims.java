package nl.hamerslag.identity;

/**
 * The claims a Hamerslag bearer token carries, named once: every service, the gateway, the token
 * minter and the Keycloak realm use these names.
 */
public final class TokenClaims {

    /** The role names the holder may act in ({@code AUTHOR}, {@code MANAGER}, ...). */
    public static final String ROLES = "roles";
    /** A display name for the holder. */
    public static final String NAME = "name";
    /** The holder's department (afdeling); absent for staff-wide roles in some identity providers. */
    public static final String DEPARTMENT = "department";

    private TokenClaims() {
    }
}
