package nl.hamerslag.followup.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** No item with that id, or none the caller may know of (docs/decisions/0017). */
class ItemNotFound extends RuleViolation {
    ItemNotFound(String itemId) {
        super(Kind.NOT_FOUND, "There is no follow-up item " + itemId + ".");
    }
}
