package nl.hamerslag.meeting.web;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.meeting.command.AgendaKeeper;
import nl.hamerslag.meeting.query.AgendaItemView;
import nl.hamerslag.meeting.query.MeetingQueries;
import nl.hamerslag.meeting.query.MeetingView;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.visibility.ProposalAudiences;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Finds meetings, agenda items and proposals the way a caller may know them: an item of a proposal
 * the caller's audience does not admit is not there (404), for reading and acting alike; only then
 * does the role count (403, the body's keeper: AgendaKeeper).
 */
@Component
class MeetingAccess {

    private final MeetingQueries meetings;
    private final ProposalAudiences audiences;

    MeetingAccess(MeetingQueries meetings, ProposalAudiences audiences) {
        this.meetings = meetings;
        this.audiences = audiences;
    }

    MeetingView meeting(String meetingId) {
        return meetings.meeting(meetingId).orElseThrow(() -> new MeetingNotFound(meetingId));
    }

    AgendaItemView item(MeetingView meeting, String agendaItemId, Caller caller) {
        return meetings.item(meeting.id(), agendaItemId)
                .filter(item -> item.proposalId() == null || audiences.admits(item.proposalId(), caller))
                .orElseThrow(() -> new AgendaItemNotFound(meeting.id(), agendaItemId));
    }

    void requireVisibleProposal(UUID proposalId, Caller caller) {
        if (!audiences.admits(proposalId, caller)) {
            throw new ProposalNotFound(proposalId);
        }
    }

    /** The caller acting as the keeper of the meeting's body; 403 otherwise. */
    Caller keeper(MeetingView meeting, Caller caller) {
        return AgendaKeeper.actingFor(meeting.body(), caller);
    }

    /** Refuses (403) a caller who keeps no body's meetings, before anything else is looked up. */
    static void requireSomeKeeper(Caller caller) {
        if (!caller.holds(Role.SECRETARIAT) && !caller.holds(Role.CLERK)) {
            throw new NotAKeeperOfMeetings();
        }
    }
}
