package nl.hamerslag.platform.problem;

/**
 * A business rule refused an action. Aggregates and services throw subclasses named after the rule
 * ({@code ProposalNotEditable}); the web layer turns the {@link Kind} into an HTTP status and the
 * message into the problem's detail, so the message must say what the caller can do about it.
 */
public abstract class RuleViolation extends RuntimeException {

    /** What kind of refusal this is; decides the HTTP status. */
    public enum Kind {
        /** 400: the request itself is wrong. */
        INVALID,
        /** 403: the caller's role may not do this. */
        FORBIDDEN,
        /** 404: no such thing, or the caller may not know it exists. */
        NOT_FOUND,
        /** 409: not possible in the current state. */
        CONFLICT,
        /** 412: the caller's version is stale. */
        STALE,
        /** 413: too large. */
        TOO_LARGE,
        /** 415: a media type this endpoint does not accept. */
        UNSUPPORTED_MEDIA_TYPE,
        /** 422: well-formed but semantically impossible. */
        UNPROCESSABLE
    }

    private final Kind kind;

    protected RuleViolation(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** A short title for the problem type, e.g. "Proposal not editable"; defaults to the class name spelled out. */
    public String title() {
        return getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2");
    }
}
