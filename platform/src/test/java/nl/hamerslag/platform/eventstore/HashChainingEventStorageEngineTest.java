package nl.hamerslag.platform.eventstore;

import nl.hamerslag.platform.MetadataKeys;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decorator's own rules, on Axon's in-memory engine as the table (the chain over the real PostgreSQL store is
 * {@link EventStoreIntegrationTest}'s): each event chains to its predecessor's link, and a command that sourced its
 * aggregate in this unit of work does not read the predecessor's row a second time.
 */
class HashChainingEventStorageEngineTest {

    private final Serializer serializer = Jackson3Serializer.builder().build();
    private final List<Long> readsFrom = new ArrayList<>();
    private final EventStorageEngine table = counting(new InMemoryEventStorageEngine(), readsFrom);
    private final HashChainingEventStorageEngine engine = new HashChainingEventStorageEngine(table, serializer);

    @AfterEach
    void noUnitOfWorkLeftOpen() {
        assertThat(org.axonframework.messaging.unitofwork.CurrentUnitOfWork.isStarted()).isFalse();
    }

    @Test
    void aCommandThatSourcedItsAggregateChainsToTheLinkItReadWithoutReadingTheRowAgain() {
        engine.appendEvents(List.of(event(0), event(1)));
        readsFrom.clear();

        DefaultUnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        DomainEventStream sourced = engine.readEvents("tally-1", 0);
        while (sourced.hasNext()) {
            sourced.next();
        }
        engine.appendEvents(List.of(event(2)));
        uow.commit();

        assertThat(readsFrom).as("reads of the table, by first sequence number").containsExactly(0L);
        assertThat(link(2)).isEqualTo(expectedLink(2, link(1)));
    }

    @Test
    void withoutAUnitOfWorkThePredecessorIsReadFromTheTable() {
        engine.appendEvents(List.of(event(0), event(1)));
        readsFrom.clear();

        engine.appendEvents(List.of(event(2)));

        assertThat(readsFrom).containsExactly(1L);
        assertThat(link(2)).isEqualTo(expectedLink(2, link(1)));
    }

    @Test
    void aLinkSeenInOneUnitOfWorkIsNotUsedInTheNext() {
        engine.appendEvents(List.of(event(0)));
        DefaultUnitOfWork<?> first = DefaultUnitOfWork.startAndGet(null);
        engine.readEvents("tally-1", 0).next();
        first.commit();
        readsFrom.clear();

        DefaultUnitOfWork<?> second = DefaultUnitOfWork.startAndGet(null);
        engine.appendEvents(List.of(event(1)));
        second.commit();

        assertThat(readsFrom).containsExactly(0L);
        assertThat(link(1)).isEqualTo(expectedLink(1, link(0)));
    }

    private static DomainEventMessage<?> event(long sequence) {
        return new GenericDomainEventMessage<>("Tally", "tally-1", sequence, Map.of("number", sequence));
    }

    private String link(long sequence) {
        DomainEventStream stream = table.readEvents("tally-1", sequence);
        return stream.next().getMetaData().get(MetadataKeys.HASH).toString();
    }

    /** The link as the verifier recomputes it: the stored event's canonical form after its predecessor's link. */
    private String expectedLink(long sequence, String previous) {
        DomainEventMessage<?> stored = table.readEvents("tally-1", sequence).next();
        var payload = stored.serializePayload(serializer, byte[].class);
        Map<String, Object> withoutLink = new java.util.HashMap<>(stored.getMetaData());
        withoutLink.remove(MetadataKeys.HASH);
        return new CanonicalEvent(stored.getType(), stored.getAggregateIdentifier(), stored.getSequenceNumber(),
                stored.getIdentifier(), org.axonframework.common.DateTimeUtils.formatInstant(stored.getTimestamp()),
                payload.getType().getName(), payload.getType().getRevision(), payload.getData(), withoutLink)
                .link(previous);
    }

    /** The engine, noting the first sequence number of every aggregate read. */
    private static EventStorageEngine counting(EventStorageEngine engine, List<Long> reads) {
        return (EventStorageEngine) Proxy.newProxyInstance(EventStorageEngine.class.getClassLoader(),
                new Class<?>[]{EventStorageEngine.class}, (proxy, method, args) -> {
                    if (method.getName().equals("readEvents") && args.length == 2 && args[0] instanceof String) {
                        reads.add((Long) args[1]);
                    }
                    try {
                        return method.invoke(engine, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

}
