package nl.hamerslag.platform.projection;

import nl.hamerslag.platform.problem.RuleViolation;

/** 409: one rebuild at a time per service instance; the running one has to finish first. */
public class RebuildAlreadyRunning extends RuleViolation {

    public RebuildAlreadyRunning(String running) {
        super(Kind.CONFLICT, "Projection '" + running + "' is being rebuilt; wait until GET /api/admin/projections "
                + "shows it IDLE again, then ask again.");
    }
}
