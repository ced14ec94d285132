package nl.hamerslag.platform.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;

/** An aggregate's stored events as read, each link remembered for the unit of work as it passes (sourcing). */
final class LinkRememberingEventStream implements DomainEventStream {

    private final DomainEventStream delegate;

    LinkRememberingEventStream(DomainEventStream delegate) {
        this.delegate = delegate;
    }

    @Override
    public DomainEventMessage<?> peek() {
        return delegate.peek();
    }

    @Override
    public boolean hasNext() {
        return delegate.hasNext();
    }

    @Override
    public DomainEventMessage<?> next() {
        DomainEventMessage<?> event = delegate.next();
        LinksSeenInUnitOfWork.saw(event);
        return event;
    }

    @Override
    public Long getLastSequenceNumber() {
        return delegate.getLastSequenceNumber();
    }
}
