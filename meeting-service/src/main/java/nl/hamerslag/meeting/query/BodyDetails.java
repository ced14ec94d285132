package nl.hamerslag.meeting.query;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.meeting.command.MemberFunction;

import java.time.Instant;
import java.util.List;

/**
 * A body (gremium) with its current members and its party groups (fracties) with their seats.
 *
 * @param seats the members who hold a seat (who vote and count for the quorum)
 */
public record BodyDetails(String bodyId, DecidingBody kind, String name, int seats, List<PartyGroupSeats> partyGroups,
                          List<MemberView> members) {

    public BodyDetails {
        partyGroups = List.copyOf(partyGroups);
        members = List.copyOf(members);
    }

    /** A party group and its seats: its members who hold a seat. */
    public record PartyGroupSeats(String name, int seats) {
    }

    /** A current member; {@code seat} tells whether they vote and count for the quorum. */
    public record MemberView(String memberId, String name, MemberFunction function, boolean seat, String partyGroup,
                             String subject, Instant appointedAt) {
    }
}
