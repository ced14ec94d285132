package nl.hamerslag.drafting.command.refusal;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.problem.RuleViolation;

/** A revision must start from the latest revision (If-Match). */
public class StaleRevision extends RuleViolation {
    public StaleRevision(ProposalId id, long expected, long actual) {
        super(Kind.STALE, "Proposal " + id + " changed since you read it (you sent revision " + expected
                + ", it is at " + actual + "); GET it again and reapply your change.");
    }
}
