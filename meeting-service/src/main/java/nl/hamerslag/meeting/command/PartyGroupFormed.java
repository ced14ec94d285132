package nl.hamerslag.meeting.command;

/** Fractie gevormd: a party group in the council or a committee; its seats are its seated members. */
public record PartyGroupFormed(String bodyId, String name) {
}
