package nl.hamerslag.platform.projection;

import nl.hamerslag.platform.problem.RuleViolation;

/**
 * 409: the projection runs in a tracking processor. A rebuild catches up under a table lock, which
 * only holds back writers that write in the command's own transaction (subscribing, ADR 3 and 40).
 */
public class NotRebuildable extends RuleViolation {

    public NotRebuildable(String name) {
        super(Kind.CONFLICT, "Projection '" + name + "' runs in a tracking processor, which a rebuild cannot hold back; "
                + "reset that processor's token instead (ADR 41).");
    }
}
