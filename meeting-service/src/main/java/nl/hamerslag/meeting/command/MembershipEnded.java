package nl.hamerslag.meeting.command;

/** A member left a body; meetings planned before keep them in their composition. */
public record MembershipEnded(String bodyId, String memberId, String reason) {
}
