package nl.hamerslag.platform.projection;

import nl.hamerslag.platform.problem.RuleViolation;

/** 404: no projection by that name in this service. */
public class UnknownProjection extends RuleViolation {

    public UnknownProjection(String name) {
        super(Kind.NOT_FOUND, "No projection '" + name + "' in this service; GET /api/admin/projections lists them.");
    }
}
