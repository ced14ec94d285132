package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Plan a meeting of a body, with the body's members as they are now. */
public record PlanMeeting(String meetingId, String bodyId, DecidingBody body, String bodyName, LocalDate date,
                          LocalTime startsAt, String place, boolean closedPart, List<Member> members, Caller caller)
        implements CallerCommand {

    public PlanMeeting {
        members = List.copyOf(members);
    }
}
