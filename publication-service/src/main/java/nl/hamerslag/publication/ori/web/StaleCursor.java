package nl.hamerslag.publication.ori.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** A cursor from before the feed was rebuilt: its numbers may mean other records now. */
class StaleCursor extends RuleViolation {

    StaleCursor(int cursorEpoch, int epoch) {
        super(Kind.CONFLICT, "cursor: it is from epoch " + cursorEpoch + ", but the feed was rebuilt and is at epoch "
                + epoch + ". Empty your copy and start again from GET /api/public/ori/v1/snapshot, then follow the feed "
                + "from its feedCursor.");
    }
}
