package nl.hamerslag.platform.audit;

import nl.hamerslag.platform.problem.RuleViolation;

/** No stream, dossier or tree head by that name in this service. */
public class NothingToAudit extends RuleViolation {

    public NothingToAudit(String message) {
        super(Kind.NOT_FOUND, message);
    }
}
