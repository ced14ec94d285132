package nl.hamerslag.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.hamerslag.drafting.command.FieldChange;
import nl.hamerslag.drafting.command.ProposalRevised;
import nl.hamerslag.platform.eventstore.ChainVerification;
import nl.hamerslag.platform.eventstore.HashChainVerifier;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fill writes chains the platform's own verifier accepts, on a real PostgreSQL (embedded, the platform's event
 * table from its migration V1): every stream intact, the long ones too, whose slices were stored in different
 * transactions and so linked to the event stored before (read back through the engine). A stored byte changed
 * afterwards is found, so the check is not one that passes whatever was written.
 */
class EventFillTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void everyStreamTheFillWritesIsAnIntactHashChain() throws Exception {
        String url = eventStore();
        EventFill.Filled filled;
        try (ChainedEventStore store = ChainedEventStore.open(url, "postgres", "postgres")) {
            // 3 long streams of 100 in batches of about 100: each grows by a slice of 4 in each of 25 transactions
            filled = EventFill.fill(store, new EventFill.Shape(3_000, 3, 100, 100, Duration.ofMinutes(2), 1));
        }

        JdbcTemplate jdbc = jdbc(url);
        HashChainVerifier verifier = new HashChainVerifier(jdbc, Jackson3Serializer.builder().build());
        List<String> streams = jdbc.queryForList("select distinct aggregate_identifier from domain_event_entry", String.class);
        long checked = 0;
        for (String stream : streams) {
            ChainVerification v = verifier.verify(stream);
            assertThat(v.intact()).as("%s: %s", stream, v.reason()).isTrue();
            checked += v.eventsChecked();
        }
        assertThat(filled.events()).isEqualTo(3_000);
        assertThat(checked).isEqualTo(3_000);
        assertThat(streams).hasSize((int) filled.streams()).containsAll(filled.longStreams());
        assertThat(filled.longStreamEvents()).isEqualTo(300);
        assertThat(jdbc.queryForList("select distinct payload_type from domain_event_entry", String.class))
                .containsExactlyInAnyOrder("nl.hamerslag.drafting.command.ProposalDrafted",
                        "nl.hamerslag.drafting.command.ProposalRevised");
        // drafting reads them back with its own classes (a projection rebuild does)
        byte[] stored = jdbc.queryForObject("select payload from domain_event_entry where payload_type = ? limit 1",
                byte[].class, ProposalRevised.class.getName());
        ProposalRevised revised = Jackson3Serializer.builder().build()
                .deserialize(new SimpleSerializedObject<>(stored, byte[].class, ProposalRevised.class.getName(), null));
        assertThat(revised.changes()).extracting(FieldChange::field).containsExactly("summary");
        assertThat(revised.newFieldsHash()).isEqualTo(revised.content().version());
        // global indexes from the services' own sequence, in the order the events were written
        assertThat(jdbc.queryForObject("select max(global_index) - min(global_index) + 1 from domain_event_entry", Long.class))
                .isEqualTo(3_000L);
    }

    @Test
    void aStoredPayloadChangedAfterTheFillBreaksItsChain() throws Exception {
        String url = eventStore();
        EventFill.Filled filled;
        try (ChainedEventStore store = ChainedEventStore.open(url, "postgres", "postgres")) {
            filled = EventFill.fill(store, new EventFill.Shape(300, 1, 30, 50, Duration.ofMinutes(1), 2));
        }
        JdbcTemplate jdbc = jdbc(url);
        String stream = filled.longStreams().get(0);
        jdbc.update("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'herziening', 'HERZIENING'), 'UTF8') where aggregate_identifier = ? and sequence_number = 7", stream);

        ChainVerification v = new HashChainVerifier(jdbc, Jackson3Serializer.builder().build()).verify(stream);

        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenLink()).isEqualTo(7);
    }

    /** A new database holding the platform's event table, as a service's has after its first start. */
    private static String eventStore() throws Exception {
        String name = "fill_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        String url = postgres.getJdbcUrl("postgres", name);
        try (InputStream in = Objects.requireNonNull(EventFillTest.class.getResourceAsStream(
                "/db/platform/V1__event_store_inbox_idempotency.sql"), "the platform's migration V1 on the classpath");
             Connection c = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return url;
    }

    private static JdbcTemplate jdbc(String url) {
        return new JdbcTemplate(new SingleConnectionDataSource(url, "postgres", "postgres", true));
    }
}
