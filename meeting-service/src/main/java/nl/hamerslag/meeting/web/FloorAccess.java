package nl.hamerslag.meeting.web;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.meeting.command.Floor;
import nl.hamerslag.meeting.command.refusal.NotTheRecorder;
import nl.hamerslag.meeting.query.FloorMeeting;
import nl.hamerslag.meeting.query.FloorQueries;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.visibility.ProposalAudiences;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the meeting a floor request is about (404 when there is none) and says in which role the caller
 * records in it: the griffie (CLERK) in the council and its committees, the secretariat in the college
 * (403 for anyone else). The meeting checks it again.
 */
@Component
class FloorAccess {

    private final FloorQueries floor;
    private final ProposalAudiences audiences;

    FloorAccess(FloorQueries floor, ProposalAudiences audiences) {
        this.floor = floor;
        this.audiences = audiences;
    }

    /**
     * What of {@code records} the caller may know of: a vote, amendment, motion or commitment about a
     * proposal the caller's Audience does not admit is left out, as its agenda item is (the one visibility rule).
     */
    <T> List<T> visible(List<T> records, Function<T, ProposalId> proposalOf, Caller caller) {
        Set<UUID> about = records.stream().map(proposalOf).filter(Objects::nonNull).map(ProposalId::value)
                .collect(Collectors.toSet());
        Set<UUID> admitted = audiences.admitted(about, caller);
        return records.stream().filter(r -> proposalOf.apply(r) == null || admitted.contains(proposalOf.apply(r).value()))
                .toList();
    }

    FloorMeeting meeting(String meetingId) {
        return floor.meeting(meetingId).orElseThrow(() -> new NoSuchMeeting(meetingId));
    }

    Caller recorder(String meetingId, Caller caller) {
        FloorMeeting meeting = meeting(meetingId);
        var role = Floor.recorder(meeting.body());
        if (!caller.holds(role)) {
            throw new NotTheRecorder(meetingId, meeting.body(), role);
        }
        return caller.actingAs(role);
    }
}
