package nl.hamerslag.followup.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** The griffie keeps two lists: commitments and motions. */
class ListNotFound extends RuleViolation {
    ListNotFound(String name) {
        super(Kind.NOT_FOUND, "There is no list '" + (name.length() > 40 ? name.substring(0, 40) + "…" : name)
                + "'; the lists are 'commitments' and 'motions'.");
    }
}
