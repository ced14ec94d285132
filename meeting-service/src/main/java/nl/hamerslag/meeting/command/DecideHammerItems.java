package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Decide every undecided hamerstuk as proposed, in one action; answers the agenda item ids decided. */
public record DecideHammerItems(@TargetAggregateIdentifier String meetingId, Instant at, Caller caller)
        implements CallerCommand {
}
