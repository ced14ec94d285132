package nl.hamerslag.platform.testapp;

import nl.hamerslag.platform.projection.ProjectionTables;
import nl.hamerslag.platform.testapp.TallyMessages.TallyCounted;
import nl.hamerslag.platform.testapp.TallyMessages.TallyCreated;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * A projection as the services write them (JdbcTemplate, subscribing), with a generated column and an
 * identity column and a foreign key between its tables, for the platform's asOf and rebuild tests.
 */
@Component
@ProcessingGroup(TallyProjection.NAME)
@ProjectionTables({"tally_view", "tally_count"})
public class TallyProjection {

    public static final String NAME = "tally-view";

    private final JdbcTemplate jdbc;

    TallyProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TallyCreated event, @Timestamp Instant at) {
        jdbc.update("insert into tally_view (tally_id, name, count, created_at) values (?, ?, 0, ?)",
                event.tallyId(), event.name(), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(TallyCounted event, @Timestamp Instant at) {
        jdbc.update("update tally_view set count = ? where tally_id = ?", event.number(), event.tallyId());
        jdbc.update("insert into tally_count (tally_id, number, at) values (?, ?, ?)", event.tallyId(), event.number(),
                java.sql.Timestamp.from(at));
    }

    /** The one query the tests ask, now and as of earlier: the tally's count. */
    public Optional<Integer> count(String tallyId) {
        return jdbc.queryForList("select count from tally_view where tally_id = ?", Integer.class, tallyId).stream()
                .findFirst();
    }

    @Configuration
    static class ReadYourWrites {

        @Bean
        ConfigurerModule tallyViewSubscribes() {
            return configurer -> configurer.eventProcessing(processing -> processing.registerSubscribingEventProcessor(NAME));
        }
    }
}
