package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.meeting.DecisionOutcome;

/**
 * The way of a council proposal: the college decides to send it on, a committee advises, the
 * council decides. A proposal starts at the college when the council decides it.
 */
public final class NextBody {

    private NextBody() {
    }

    /** Where an approved proposal that {@code finalBody} decides is first ready. */
    public static DecidingBody first(DecidingBody finalBody) {
        return finalBody == DecidingBody.COUNCIL ? DecidingBody.COLLEGE : finalBody;
    }

    /** The body the proposal goes to after {@code body} decided it so; null when it goes nowhere else. */
    public static DecidingBody after(DecidingBody body, DecidingBody finalBody, DecisionOutcome outcome) {
        if (finalBody != DecidingBody.COUNCIL
                || (outcome != DecisionOutcome.AS_PROPOSED && outcome != DecisionOutcome.AMENDED)) {
            return null;
        }
        return switch (body) {
            case COLLEGE -> DecidingBody.COMMITTEE;
            case COMMITTEE -> DecidingBody.COUNCIL;
            case COUNCIL -> null;
        };
    }
}
