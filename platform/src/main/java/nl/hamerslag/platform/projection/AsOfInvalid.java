package nl.hamerslag.platform.projection;

import nl.hamerslag.platform.problem.RuleViolation;

/** 400: asOf is not an ISO-8601 instant, or it lies in the future. */
public class AsOfInvalid extends RuleViolation {

    AsOfInvalid(String message) {
        super(Kind.INVALID, message);
    }

    @Override
    public String title() {
        return "Invalid asOf";
    }
}
