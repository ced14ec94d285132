package nl.hamerslag.platform.parking;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Parked Kafka records (docs/decisions/0019) and the ADMIN API on them, in every service. */
@AutoConfiguration
public class ParkingAutoConfiguration {

    @Bean
    public ParkedRecords parkedRecords(JdbcTemplate jdbcTemplate, JsonMapper jsonMapper) {
        return new ParkedRecords(jdbcTemplate, jsonMapper);
    }

    @Bean
    public ParkingRecoverer parkingRecoverer(ParkedRecords parkedRecords,
                                             @Value("${spring.kafka.consumer.group-id}") String group) {
        return new ParkingRecoverer(parkedRecords, group);
    }

    @Bean
    public ParkedRecordSettlement parkedRecordSettlement(ParkedRecords parkedRecords,
                                                         KafkaListenerEndpointRegistry registry, EventStore eventStore,
                                                         PlatformTransactionManager transactionManager) {
        return new ParkedRecordSettlement(parkedRecords, new ListenerReplayer(registry), new ParkedRecordAudit(eventStore),
                new TransactionTemplate(transactionManager));
    }

    @Bean
    public ParkedRecordController parkedRecordController(ParkedRecords parkedRecords,
                                                         ParkedRecordSettlement parkedRecordSettlement) {
        return new ParkedRecordController(parkedRecords, parkedRecordSettlement);
    }
}
