package nl.hamerslag.platform.projection;

import nl.hamerslag.platform.eventstore.EventStoreAutoConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Earlier states and rebuilds of every service's projections (ADR 41): a service names each
 * projection's tables with {@link ProjectionTables}, asks {@link PointInTime} for an {@code asOf}, and
 * gets the ADMIN endpoints under {@code /api/admin/projections}.
 */
@AutoConfiguration(after = EventStoreAutoConfiguration.class)
public class ProjectionAutoConfiguration {

    public ProjectionAutoConfiguration() {
        EventTimestamps.toTheMillisecond();
    }

    @Bean
    public Projections projections(ListableBeanFactory beans, ObjectProvider<Configuration> axonConfiguration) {
        return new Projections(beans, axonConfiguration);
    }

    @Bean
    public EventReplay eventReplay(EventStorageEngine eventStorageEngine) {
        return new EventReplay(eventStorageEngine);
    }

    @Bean
    public PointInTime pointInTime(Projections projections, EventReplay eventReplay, JdbcTemplate jdbcTemplate,
                                   PlatformTransactionManager transactionManager) {
        // a transaction of its own: the caller's is neither marked rollback-only nor left with the changed search path
        TransactionTemplate own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new PointInTime(projections, eventReplay, jdbcTemplate, own);
    }

    /** Judged by the service's clock where it has one, so that a test that moves it moves "the future" too. */
    @Bean
    public AsOf asOf(ObjectProvider<Clock> clock) {
        return new AsOf(clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    public ProjectionRebuilds projectionRebuilds(Projections projections, EventReplay eventReplay,
                                                 JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager) {
        return new ProjectionRebuilds(projections, eventReplay, jdbcTemplate, new TransactionTemplate(transactionManager),
                Clock.systemUTC());
    }

    @Bean
    public ProjectionController projectionController(ProjectionRebuilds projectionRebuilds) {
        return new ProjectionController(projectionRebuilds);
    }
}
