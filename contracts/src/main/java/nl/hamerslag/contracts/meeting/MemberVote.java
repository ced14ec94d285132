package nl.hamerslag.contracts.meeting;

/** How one member voted; {@code partyGroup} is the fractie, null for a member without one. */
public record MemberVote(String memberId, String name, String partyGroup, VoteChoice choice) {
}
