package nl.hamerslag.platform.messaging;

import nl.hamerslag.contracts.Actor;

/** Who is acting and why: the actor, the correlation id of the whole flow and the direct cause. */
public record Origin(Actor actor, String correlationId, String causationId) {
}
