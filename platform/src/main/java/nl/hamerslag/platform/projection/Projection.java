package nl.hamerslag.platform.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;

import java.util.List;

/**
 * One projection the platform can replay: its processing group, the tables it owns and its event
 * handlers as Axon invokes them (same parameter resolvers, same handler definitions).
 */
public record Projection(String name, List<String> tables, List<String> alsoWrites, EventMessageHandler handlers) {

    public Projection {
        tables = List.copyOf(tables);
        alsoWrites = List.copyOf(alsoWrites);
    }

    boolean handles(EventMessage<?> event) {
        return handlers.canHandle(event);
    }
}
