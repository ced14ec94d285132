package nl.hamerslag.approval.scaling;

import nl.hamerslag.approval.ApprovalApplication;
import nl.hamerslag.approval.query.RouteProjection;
import nl.hamerslag.approval.support.ApprovalIntegrationTest;
import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.contracts.drafting.ProposalWithdrawn;
import nl.hamerslag.platform.relay.KafkaRelay;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas of approval on the same database and broker (docs/scaling.md): the drafting topic's
 * partitions are split over the consumer group, each record is handled once across both, and the
 * records of one proposal are handled in the order drafting published them, because the key is the
 * proposal id and one partition has one consumer at a time.
 *
 * <p>Which replica handled what is read from the database: the two replicas connect with different
 * {@code application_name}s and a trigger (test only) copies every inbox row with the name of the
 * connection that wrote it, in the same transaction, so a rolled-back attempt leaves no trace.
 */
@TestPropertySource(properties = "spring.datasource.hikari.data-source-properties.ApplicationName=" + TwoInstancesShareTheWorkIntegrationTest.FIRST)
class TwoInstancesShareTheWorkIntegrationTest extends ApprovalIntegrationTest {

    static final String FIRST = "approval-a";
    static final String SECOND = "approval-b";
    private static final String CONSUMER = "approval.proposal-submitted";
    private static final int PROPOSALS_PER_PARTITION = 3;

    @Autowired
    private ApplicationContext context;

    @Test
    void twoReplicasSplitThePartitionsHandleEachRecordOnceAndKeepEachProposalsOrder() {
        recordWhoHandlesWhat();
        try (ConfigurableApplicationContext second = startSecondReplica()) {
            Map<String, Set<Integer>> assignment = awaitPartitionsSplit(applicationContextOfThisTest(), second);

            Map<String, List<String>> published = publishFourEventsPerProposal(proposalsOnEveryPartition());
            int total = published.values().stream().mapToInt(List::size).sum();
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                    .until(() -> handled().size() >= total);

            List<Handled> handled = handled();
            assertThat(handled).as("every record once across both replicas").hasSize(total);
            assertThat(handled.stream().map(Handled::eventId).distinct().count()).isEqualTo(total);
            assertThat(handled.stream().map(Handled::instance).distinct())
                    .as("both replicas did work; partitions " + assignment)
                    .containsExactlyInAnyOrder(FIRST, SECOND);
            Map<String, List<String>> handledPerProposal = new LinkedHashMap<>();
            Map<String, String> proposalOfEvent = new LinkedHashMap<>();
            published.forEach((proposal, events) -> events.forEach(e -> proposalOfEvent.put(e, proposal)));
            for (Handled h : handled) {
                handledPerProposal.computeIfAbsent(proposalOfEvent.get(h.eventId()), p -> new ArrayList<>()).add(h.eventId());
            }
            assertThat(handledPerProposal).as("per proposal, handled in publication order").isEqualTo(published);
            published.keySet().forEach(this::assertThreeRoutesOpenedAndTheLastOneWithdrawn);
            assertTheAxonProcessorsAsConfigured();
        }
    }

    /** The effects, not just the inbox: a record handled twice or out of order would show here. */
    private void assertThreeRoutesOpenedAndTheLastOneWithdrawn(String proposalId) {
        List<String> events = jdbc.queryForList("""
                select substring(payload_type from '[^.]*$') || coalesce(':' || (convert_from(payload, 'UTF8')::json ->> 'reason'), '')
                  from domain_event_entry
                 where payload_type ~ '(RouteOpened|RouteSuperseded)$'
                   and convert_from(payload, 'UTF8')::json ->> 'proposalId' = ?
                 order by global_index""", String.class, proposalId);
        assertThat(events).as(proposalId).hasSize(6)
                .startsWith("RouteOpened").endsWith("RouteSuperseded:withdrawn");
        assertThat(events.stream().filter(e -> e.equals("RouteOpened")).count()).isEqualTo(3);
    }

    /**
     * What the configuration gives (docs/scaling.md): the route view is a subscribing processor (no
     * tokens, it runs in the command's transaction on whichever replica handled the command); the relay is
     * the only tracking processor and has one segment (hamerslag.kafka.relay-segments defaults to 1), so one
     * replica relays and the other stands by until the claim times out.
     */
    private void assertTheAxonProcessorsAsConfigured() {
        assertThat(jdbc.queryForObject("select count(*) from token_entry where processor_name = ?", Long.class,
                RouteProjection.PROCESSING_GROUP)).isZero();
        List<String> relayOwners = jdbc.queryForList(
                "select coalesce(owner, '-') from token_entry where processor_name = ? order by segment", String.class,
                KafkaRelay.PROCESSING_GROUP);
        assertThat(relayOwners).as("relay segments and their owners").hasSize(1);
    }

    /** The inbox row of each handled record, with the replica that wrote it, in commit-time insert order. */
    private void recordWhoHandlesWhat() {
        jdbc.execute("""
                create table scaling_handled (
                    seq      bigserial primary key,
                    consumer text not null,
                    event_id text not null,
                    instance text not null)""");
        jdbc.execute("""
                create function scaling_record_handled() returns trigger language plpgsql as $$
                begin
                    insert into scaling_handled (consumer, event_id, instance)
                    values (new.consumer, new.event_id, current_setting('application_name'));
                    return new;
                end $$""");
        jdbc.execute("""
                create trigger scaling_record_handled after insert on inbox_message
                for each row execute function scaling_record_handled()""");
    }

    private List<Handled> handled() {
        return jdbc.query("select event_id, instance from scaling_handled where consumer = ? order by seq",
                (row, i) -> new Handled(row.getString(1), row.getString(2)), CONSUMER);
    }

    private record Handled(String eventId, String instance) {
    }

    /**
     * The same application on the same database, data folder and broker, in the same consumer group; its
     * Axon node id differs from the first's, as two pods' would (in one JVM both would default to pid@host
     * and each would take the other's claims for its own).
     */
    private ConfigurableApplicationContext startSecondReplica() {
        Environment first = applicationContextOfThisTest().getEnvironment();
        // as command-line arguments: they outrank application.yml, default properties would not
        return new SpringApplicationBuilder(ApprovalApplication.class, SecondReplicaNodeId.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + first.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + first.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + first.getProperty("spring.datasource.password"),
                "--spring.datasource.hikari.data-source-properties.ApplicationName=" + SECOND,
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--hamerslag.data-dir=" + first.getProperty("hamerslag.data-dir"),
                "--spring.main.banner-mode=off");
    }

    private ConfigurableApplicationContext applicationContextOfThisTest() {
        return (ConfigurableApplicationContext) context;
    }

    /** Waits until the group has rebalanced: each replica holds some of the drafting topic's partitions. */
    private Map<String, Set<Integer>> awaitPartitionsSplit(ConfigurableApplicationContext first,
                                                           ConfigurableApplicationContext second) {
        Map<String, Set<Integer>> assignment = new LinkedHashMap<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            assignment.put(FIRST, draftingPartitions(first));
            assignment.put(SECOND, draftingPartitions(second));
            return !assignment.get(FIRST).isEmpty() && !assignment.get(SECOND).isEmpty()
                    && assignment.get(FIRST).size() + assignment.get(SECOND).size() == Topics.PARTITIONS;
        });
        return assignment;
    }

    private static Set<Integer> draftingPartitions(ConfigurableApplicationContext context) {
        Set<Integer> partitions = new TreeSet<>();
        for (MessageListenerContainer container : context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers()) {
            Collection<TopicPartition> assigned = container.getAssignedPartitions();
            if (assigned != null) {
                assigned.stream().filter(p -> p.topic().equals(Topics.DRAFTING)).forEach(p -> partitions.add(p.partition()));
            }
        }
        return partitions;
    }

    /** Proposal ids chosen so that every partition gets some, by the producer's own key hash. */
    private static List<ProposalId> proposalsOnEveryPartition() {
        Map<Integer, List<ProposalId>> byPartition = new LinkedHashMap<>();
        while (byPartition.values().stream().mapToInt(List::size).sum() < PROPOSALS_PER_PARTITION * Topics.PARTITIONS) {
            ProposalId id = ProposalId.newId();
            int partition = Utils.toPositive(Utils.murmur2(id.toString().getBytes(StandardCharsets.UTF_8))) % Topics.PARTITIONS;
            List<ProposalId> ids = byPartition.computeIfAbsent(partition, p -> new ArrayList<>());
            if (ids.size() < PROPOSALS_PER_PARTITION) {
                ids.add(id);
            }
        }
        return byPartition.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Submitted as version 1, 2 and 3, then withdrawn, the proposals interleaved; keyed by proposal, no
     * partition given, as drafting's relay sends them. Returns each proposal's event ids in publication order.
     */
    private Map<String, List<String>> publishFourEventsPerProposal(List<ProposalId> proposals) {
        Map<String, List<String>> published = new LinkedHashMap<>();
        for (int step = 1; step <= 4; step++) {
            for (ProposalId proposal : proposals) {
                String eventId = UUID.randomUUID().toString();
                IntegrationEvent event = step <= 3 ? version(proposal, step)
                        : new ProposalWithdrawn(proposal, Actor.system("drafting-service"), "ingetrokken door de steller");
                publish(event, eventId, null);
                published.computeIfAbsent(proposal.toString(), p -> new ArrayList<>()).add(eventId);
            }
        }
        return published;
    }

    private static ProposalSubmitted version(ProposalId proposal, int number) {
        ProposalSubmitted template = submission(false, false);
        Manifest manifest = new Manifest(ContentHash.sha256("version " + number + " of " + proposal), List.of());
        return new ProposalSubmitted(proposal, manifest.version(), template.type(), template.title(),
                template.department(), template.portfolioHolder(), template.confidentiality(),
                template.financialConsequences(), template.legalConsequences(), template.decidingBody(),
                template.author(), manifest);
    }
}
