package nl.hamerslag.publication.ori.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** A feed or resource request with a parameter the ORI API cannot use; the message says what to send. */
class InvalidOriRequest extends RuleViolation {

    InvalidOriRequest(String detail) {
        super(Kind.INVALID, detail);
    }
}
