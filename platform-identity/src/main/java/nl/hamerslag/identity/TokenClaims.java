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
    /**
     * Present only in a service's own token (never a person's): the short name of the service it was
     * issued to ({@code meeting}). Only this claim makes a caller SYSTEM; a {@code roles} claim never does.
     * The local identity mints it ({@link TokenMinter#mintService}); Keycloak adds it with a
     * hardcoded-claim mapper on each service's client (docs/security.md).
     */
    public static final String SERVICE = "hamerslag_service";
    /** The subject of a service's token minted locally: {@code service:meeting}. */
    public static final String SERVICE_SUBJECT_PREFIX = "service:";

    private TokenClaims() {
    }
}
