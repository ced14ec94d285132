package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Record a member present, absent or excused; {@code at} is the arrival (present) or departure
 * (absent after having been present), null when not known.
 */
public record RecordAttendance(@TargetAggregateIdentifier String meetingId, String memberId, Presence presence,
                               Instant at, Caller caller) implements CallerCommand {
}
