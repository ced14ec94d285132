package nl.hamerslag.meeting.command;

/** A member was appointed to a body (benoemd, geïnstalleerd). */
public record MemberAppointed(String bodyId, Member member) {
}
