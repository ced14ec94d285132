package nl.hamerslag.bench;

import nl.hamerslag.platform.eventstore.HashChainingEventStorageEngine;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static org.axonframework.common.DateTimeUtils.formatInstant;

/**
 * A service's event store opened from outside the service: Axon's JDBC storage engine on the platform's event table
 * ({@code domain_event_entry}, db/platform V1), wrapped in the platform's {@link HashChainingEventStorageEngine}, as
 * the services wrap Axon's JPA engine. One connection, one transaction per {@link #append}. The only thing of its
 * own is the INSERT: the table's global index has no default (the services' JPA engine draws it from
 * {@code domain_event_entry_seq}), so this draws it from the same sequence in the statement.
 */
final class ChainedEventStore implements AutoCloseable {

    static final EventSchema SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    private final SingleConnectionDataSource dataSource;
    private final Connection connection;
    private final Serializer serializer;
    private final EventStorageEngine engine;

    private ChainedEventStore(SingleConnectionDataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        this.connection = dataSource.getConnection(); // a proxy that ignores close(): the engine closes after each call
        this.connection.setAutoCommit(false);
        this.serializer = Jackson3Serializer.builder().build(); // the services' event serializer: axon.serializer.events=jackson3
        EventStorageEngine jdbc = JdbcEventStorageEngine.builder()
                .connectionProvider(() -> connection)
                .transactionManager(NoTransactionManager.INSTANCE) // append() commits
                .schema(SCHEMA)
                .dataType(byte[].class)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .appendEvents(ChainedEventStore::insert)
                .build();
        this.engine = new HashChainingEventStorageEngine(jdbc, serializer);
    }

    /**
     * The event store in the database {@code jdbcUrl} names, e.g. drafting's. The driver sends each batch as
     * multi-row INSERTs ({@code reWriteBatchedInserts}): fewer statements to parse, the same rows and commits.
     */
    static ChainedEventStore open(String jdbcUrl, String user, String password) throws SQLException {
        String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        return new ChainedEventStore(new SingleConnectionDataSource(url, user, password, true));
    }

    /** Chains and stores the events, then commits: all or none. */
    void append(List<? extends DomainEventMessage<?>> events) throws SQLException {
        try {
            engine.appendEvents(events);
            connection.commit();
        } catch (RuntimeException | SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private static PreparedStatement insert(Connection connection, EventSchema schema, Class<?> dataType,
                                            List<? extends EventMessage<?>> events, Serializer serializer,
                                            org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter timestampWriter)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement("insert into " + schema.domainEventTable()
                + " (" + schema.globalIndexColumn() + ", " + schema.domainEventFields() + ")"
                + " values (nextval('domain_event_entry_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = (DomainEventMessage<?>) message;
            SerializedObject<?> payload = event.serializePayload(serializer, dataType);
            SerializedObject<?> metaData = event.serializeMetaData(serializer, dataType);
            statement.setString(1, event.getIdentifier());
            statement.setString(2, event.getAggregateIdentifier());
            statement.setLong(3, event.getSequenceNumber());
            statement.setString(4, event.getType());
            statement.setString(5, formatInstant(event.getTimestamp()));
            statement.setString(6, payload.getType().getName());
            statement.setString(7, payload.getType().getRevision());
            statement.setObject(8, payload.getData());
            statement.setObject(9, metaData.getData());
            statement.addBatch();
        }
        return statement;
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
