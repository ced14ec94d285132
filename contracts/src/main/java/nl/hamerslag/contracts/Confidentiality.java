package nl.hamerslag.contracts;

/**
 * Vertrouwelijkheidaanduiding, the ZGW scale from least to most restricted. The JSON form is the
 * ZGW lower-case name ({@code openbaar}, {@code beperkt_openbaar}, ...).
 */
public enum Confidentiality {
    OPENBAAR,
    BEPERKT_OPENBAAR,
    INTERN,
    ZAAKVERTROUWELIJK,
    VERTROUWELIJK,
    CONFIDENTIEEL,
    GEHEIM,
    ZEER_GEHEIM;

    @com.fasterxml.jackson.annotation.JsonValue
    public String zgwName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Accepts the ZGW name in any case; throws {@link IllegalArgumentException} for anything else. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Confidentiality fromZgwName(String name) {
        for (Confidentiality c : values()) {
            if (c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown confidentiality '" + name + "'; use one of the ZGW names: "
                + java.util.Arrays.stream(values()).map(Confidentiality::zgwName).toList());
    }

    /** Only openbaar may ever reach a public channel. */
    public boolean isPublic() {
        return this == OPENBAAR;
    }

    public boolean isAtLeast(Confidentiality other) {
        return ordinal() >= other.ordinal();
    }
}
