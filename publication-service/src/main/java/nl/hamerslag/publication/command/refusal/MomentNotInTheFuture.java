package nl.hamerslag.publication.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

import java.time.Instant;

/** A publication moment or an embargo lies in the future. */
public class MomentNotInTheFuture extends RuleViolation {
    public MomentNotInTheFuture(String field, Instant moment, Instant now) {
        super(Kind.INVALID, field + ": " + moment + " is not in the future (it is now " + now + "); choose a later moment, or publish now.");
    }
}
