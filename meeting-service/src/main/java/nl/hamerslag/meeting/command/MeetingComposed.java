package nl.hamerslag.meeting.command;

import java.util.List;

/** The members of the body at planning, whom the meeting's attendance, votes and quorum are about. */
public record MeetingComposed(String meetingId, List<Member> members) {

    public MeetingComposed {
        members = List.copyOf(members);
    }
}
