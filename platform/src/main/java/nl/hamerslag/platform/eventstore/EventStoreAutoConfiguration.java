package nl.hamerslag.platform.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event store of every service: Axon's JPA storage engine on the service's own PostgreSQL
 * database, wrapped so that every aggregate stream is hash-chained. The platform's tables (Axon's,
 * the inbox, idempotency keys) are migrated by their own Flyway history before the service's.
 */
@AutoConfiguration(before = JpaEventStoreAutoConfiguration.class)
// Axon's own event-store configuration backs off for our engine, and with it its entity registration
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
public class EventStoreAutoConfiguration {

    /** The platform's migrations have their own history table, so they never collide with a service's versions. */
    public static final String PLATFORM_HISTORY_TABLE = "platform_schema_history";

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Configuration configuration,
                                                 EntityManagerProvider entityManagerProvider,
                                                 TransactionManager transactionManager) {
        EventStorageEngine jpa = JpaEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .entityManagerProvider(entityManagerProvider)
                .transactionManager(transactionManager)
                .build();
        return new HashChainingEventStorageEngine(jpa, eventSerializer);
    }

    @Bean
    public HashChainVerifier hashChainVerifier(JdbcTemplate jdbcTemplate,
                                               @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new HashChainVerifier(jdbcTemplate, eventSerializer);
    }

    @Bean
    public FlywayMigrationStrategy platformFirstMigrationStrategy() {
        return serviceFlyway -> {
            Flyway.configure()
                    .dataSource(serviceFlyway.getConfiguration().getDataSource())
                    .table(PLATFORM_HISTORY_TABLE)
                    .locations("classpath:db/platform")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            serviceFlyway.migrate();
        };
    }
}
