package nl.hamerslag.platform.inbox;

import nl.hamerslag.platform.observability.InboxObservation;
import nl.hamerslag.platform.parking.ParkedRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration
public class InboxAutoConfiguration {

    @Bean
    public Inbox inbox(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager, JsonMapper jsonMapper,
                       @Value("${spring.application.name}") String serviceName, ParkedRecords parkedRecords,
                       @Value("${spring.kafka.consumer.group-id}") String group, InboxObservation inboxObservation) {
        return new Inbox(jdbcTemplate, new TransactionTemplate(transactionManager), jsonMapper, serviceName,
                parkedRecords, group, inboxObservation);
    }
}
