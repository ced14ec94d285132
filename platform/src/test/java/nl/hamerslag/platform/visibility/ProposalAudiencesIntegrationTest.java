package nl.hamerslag.platform.visibility;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.contracts.approval.RouteOpened.Stage;
import nl.hamerslag.contracts.approval.RouteOpened.Step;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.platform.eventstore.EventStoreAutoConfiguration;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.test.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's {@link ProposalAudiences} on a real PostgreSQL with the platform's own migrations:
 * it keeps what the events say and answers with {@link Audience}'s rule, failing closed for a
 * proposal whose submission never arrived.
 */
class ProposalAudiencesIntegrationTest {

    static ProposalAudiences audiences;

    static final Caller ANNA = Caller.of("anna", "Anna", Set.of(Role.AUTHOR), "Ruimte");
    static final Caller FIONA = Caller.of("fiona", "Fiona", Set.of(Role.FINANCIAL_CONTROLLER), "Financien");
    static final Caller RIA = Caller.of("ria", "Ria", Set.of(Role.COUNCIL_MEMBER), null);
    static final Caller AUDITOR = Caller.of("ad", "Ad", Set.of(Role.AUDITOR), null);
    static final Caller DELEGATE = Caller.of("dirk", "Dirk", Set.of(Role.AUTHOR), "Ruimte");

    @BeforeAll
    static void database() {
        TestDatabase database = TestDatabase.get();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.createDatabase("audiences"),
                database.user(), database.password());
        Flyway.configure().dataSource(dataSource).table(EventStoreAutoConfiguration.PLATFORM_HISTORY_TABLE)
                .locations("classpath:db/platform").load().migrate();
        audiences = new ProposalAudiences(new JdbcTemplate(dataSource));
    }

    @Test
    void aConfidentialProposalIsSeenByItsCircleOnlyAndTheRouteWidensIt() {
        ProposalId id = ProposalId.newId();
        audiences.submitted(submitted(id, Confidentiality.VERTROUWELIJK));
        assertThat(audiences.admits(id.value(), ANNA)).isTrue();
        assertThat(audiences.admits(id.value(), FIONA)).isFalse();
        assertThat(audiences.admits(id.value(), AUDITOR)).isTrue();

        audiences.routeOpened(new RouteOpened(id, "route-1", ContentHash.sha256(new byte[] {1}),
                List.of(new Stage(1, List.of(new Step("s1", Role.FINANCIAL_CONTROLLER))))));
        audiences.named(id, "dirk");
        assertThat(audiences.admits(id.value(), FIONA)).isTrue();
        assertThat(audiences.admits(id.value(), DELEGATE)).isTrue();
    }

    @Test
    void anOpenbaarProposalIsSeenByEveryoneSignedInAndAnUnknownOneOnlyByTheAlwaysAdmitted() {
        ProposalId open = ProposalId.newId();
        ProposalId unknown = ProposalId.newId();
        audiences.submitted(submitted(open, Confidentiality.OPENBAAR));
        assertThat(audiences.admitted(List.of(open.value(), unknown.value()), RIA)).containsExactly(open.value());
        assertThat(audiences.admitted(List.of(open.value(), unknown.value()), AUDITOR))
                .containsExactlyInAnyOrder(open.value(), unknown.value());
    }

    @Test
    void aResubmissionReplacesTheFactsOfTheEarlierOne() {
        ProposalId id = ProposalId.newId();
        audiences.submitted(submitted(id, Confidentiality.OPENBAAR));
        assertThat(audiences.admits(id.value(), FIONA)).isTrue();
        audiences.submitted(submitted(id, Confidentiality.GEHEIM));
        assertThat(audiences.admits(id.value(), FIONA)).as("not in the circle of a secret proposal").isFalse();
    }

    private static ProposalSubmitted submitted(ProposalId id, Confidentiality confidentiality) {
        return new ProposalSubmitted(id, ContentHash.sha256(new byte[] {2}), ProposalType.COUNCIL_PROPOSAL,
                "Herinrichting Marktplein", "Ruimte", "wim-wethouder", confidentiality, false, false,
                DecidingBody.COUNCIL, "anna", null);
    }
}
