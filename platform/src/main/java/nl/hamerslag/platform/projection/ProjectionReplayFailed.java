package nl.hamerslag.platform.projection;

import org.axonframework.eventhandling.EventMessage;

/** A handler failed on a replayed event: the replay stops there and its transaction rolls back. */
public class ProjectionReplayFailed extends RuntimeException {

    ProjectionReplayFailed(String projection, EventMessage<?> event, Throwable cause) {
        super("projection " + projection + " failed on replayed event " + event.getIdentifier() + " ("
                + event.getPayloadType().getSimpleName() + " at " + event.getTimestamp() + "): " + cause.getMessage(), cause);
    }
}
