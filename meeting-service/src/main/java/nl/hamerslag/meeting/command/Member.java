package nl.hamerslag.meeting.command;

/**
 * A member of a body as the meeting knows them.
 *
 * @param subject    the member's login (token subject), when they have one; null otherwise
 * @param partyGroup the fractie, for council and committee members; null otherwise
 */
public record Member(String memberId, String name, MemberFunction function, String partyGroup, String subject) {
}
