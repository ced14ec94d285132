package nl.hamerslag.publication.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** The redactions part is not the JSON list it should be. */
class BadRedactions extends RuleViolation {
    BadRedactions(String why) {
        super(Kind.INVALID, "redactions: " + why + "; send a JSON list such as "
                + "[{\"document\":\"besluit.pdf\",\"page\":2,\"ground\":\"5.1.2e\",\"description\":\"naam van een omwonende\"}].");
    }
}
