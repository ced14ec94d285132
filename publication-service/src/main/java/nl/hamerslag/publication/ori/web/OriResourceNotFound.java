package nl.hamerslag.publication.ori.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** No public ORI resource of this type with this id: the same answer whether it never existed or is not public. */
class OriResourceNotFound extends RuleViolation {

    OriResourceNotFound(String collection) {
        super(Kind.NOT_FOUND, "No public " + collection + " resource has this id. List them at /api/public/ori/v1/"
                + collection + ".");
    }
}
