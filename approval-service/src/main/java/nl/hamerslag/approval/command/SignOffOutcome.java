package nl.hamerslag.approval.command;

import nl.hamerslag.platform.problem.RuleViolation;

/**
 * What became of an attempt on a step: done, or refused and recorded ({@link SignOffRefused}). A
 * refusal that must stay in the audit trail cannot be thrown from the handler, since that would roll
 * back the event that records it; it is returned, and the caller of the command throws it.
 *
 * @param refusal the refusal the caller gets, or null when the attempt succeeded
 */
public record SignOffOutcome(RuleViolation refusal) {

    private static final SignOffOutcome DONE = new SignOffOutcome(null);

    public static SignOffOutcome done() {
        return DONE;
    }

    public static SignOffOutcome refused(RuleViolation refusal) {
        return new SignOffOutcome(refusal);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    /** Throws the refusal, if there was one. */
    public void orThrow() {
        if (refusal != null) {
            throw refusal;
        }
    }
}
