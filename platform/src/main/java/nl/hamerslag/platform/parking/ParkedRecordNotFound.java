package nl.hamerslag.platform.parking;

import nl.hamerslag.platform.problem.RuleViolation;

import java.util.UUID;

public class ParkedRecordNotFound extends RuleViolation {

    public ParkedRecordNotFound(UUID id) {
        super(Kind.NOT_FOUND, "No parked record " + id + "; GET /api/admin/parked lists the unresolved ones.");
    }
}
