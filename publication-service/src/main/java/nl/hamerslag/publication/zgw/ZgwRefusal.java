package nl.hamerslag.publication.zgw;

import nl.hamerslag.platform.problem.RuleViolation;

import java.util.List;

/**
 * A refusal of the ZGW APIs, answered in ZGW's error format ({@code Fout}, {@code ValidatieFout}) by
 * {@link ZgwProblems}: the platform's problem+json with the ZGW {@code code} (and {@code invalidParams}).
 */
final class ZgwRefusal extends RuleViolation {

    private final String code;
    private final String zgwTitle;
    private final List<InvalidParam> invalidParams;

    private ZgwRefusal(Kind kind, String code, String zgwTitle, String detail, List<InvalidParam> invalidParams) {
        super(kind, detail);
        this.code = code;
        this.zgwTitle = zgwTitle;
        this.invalidParams = List.copyOf(invalidParams);
    }

    static ZgwRefusal notFound(String detail) {
        return new ZgwRefusal(Kind.NOT_FOUND, "not_found", "Niet gevonden.", detail, List.of());
    }

    static ZgwRefusal forbidden(String detail) {
        return new ZgwRefusal(Kind.FORBIDDEN, "permission_denied",
                "U heeft geen toestemming om deze actie uit te voeren.", detail, List.of());
    }

    static ZgwRefusal invalid(String name, String reason) {
        return new ZgwRefusal(Kind.INVALID, "invalid", "Invalid input.", reason,
                List.of(new InvalidParam(name, "invalid", reason)));
    }

    /** Invalid, because of {@code cause} (kept for the log, never quoted to the caller). */
    static ZgwRefusal invalid(String name, String reason, Throwable cause) {
        ZgwRefusal refusal = invalid(name, reason);
        refusal.initCause(cause);
        return refusal;
    }

    String code() {
        return code;
    }

    @Override
    public String title() {
        return zgwTitle;
    }

    List<InvalidParam> invalidParams() {
        return invalidParams;
    }

    /** ZGW's FieldValidationError. */
    record InvalidParam(String name, String code, String reason) {
    }
}
