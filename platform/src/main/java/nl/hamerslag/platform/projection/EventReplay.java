package nl.hamerslag.platform.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

import java.util.List;
import java.util.stream.Stream;

/**
 * Replays stored events through projections' handlers: read from the storage engine in global
 * order and upcast, as a tracking processor would; each event handled in its own unit of work, as
 * Axon does. One piece of code for both an earlier state ({@link PointInTime}) and a rebuild.
 */
public class EventReplay {

    private final EventStorageEngine storage;

    public EventReplay(EventStorageEngine storage) {
        this.storage = storage;
    }

    /** The events committed after {@code token} ({@code null}: all), oldest first; close the stream. */
    Stream<? extends TrackedEventMessage<?>> after(TrackingToken token) {
        return storage.readEvents(token, false);
    }

    /** Hands {@code event} to every projection that handles it; a handler's error stops the replay. */
    void apply(EventMessage<?> event, List<Projection> projections) {
        for (Projection projection : projections) {
            if (!projection.handles(event)) {
                continue;
            }
            DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
            ResultMessage<?> result = unitOfWork.executeWithResult(() -> projection.handlers().handle(event));
            if (result.isExceptional()) {
                throw new ProjectionReplayFailed(projection.name(), event, result.exceptionResult());
            }
        }
    }
}
