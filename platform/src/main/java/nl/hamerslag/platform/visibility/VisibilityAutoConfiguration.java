package nl.hamerslag.platform.visibility;

import nl.hamerslag.platform.eventstore.EventStoreAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link ProposalAudiences} for every service: the one visibility rule, kept in the platform's tables. */
@AutoConfiguration(after = EventStoreAutoConfiguration.class)
public class VisibilityAutoConfiguration {

    // named apart from approval's own proposalAudiences bean (its SQL-paged approval_proposal table)
    @Bean
    @ConditionalOnMissingBean
    ProposalAudiences platformProposalAudiences(JdbcTemplate jdbc) {
        return new ProposalAudiences(jdbc);
    }
}
