package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.DecidingBody;

/** Gremium ingesteld: a college, a committee or the council, under its slug id. */
public record BodyEstablished(String bodyId, DecidingBody kind, String name) {
}
