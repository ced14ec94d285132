package nl.hamerslag.followup.web;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.followup.support.FollowupIntegrationTest;
import nl.hamerslag.followup.support.StreamClient.Frame;
import nl.hamerslag.followup.support.StreamClient;
import nl.hamerslag.followup.support.StreamFixtures;
import nl.hamerslag.platform.visibility.ProposalAudiences;
import nl.hamerslag.test.TestTokens;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static nl.hamerslag.followup.support.StreamFixtures.listRevised;
import static org.assertj.core.api.Assertions.assertThat;

@FollowupIntegrationTest
class StreamResumeIntegrationTest {

    private static final String CLERK = TestTokens.bearer(Role.CLERK);
    private static final String COUNCIL_MEMBER = TestTokens.bearer(Role.COUNCIL_MEMBER);

    @LocalServerPort
    int port;
    @Autowired
    EventGateway eventGateway;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ProposalAudiences audiences;

    StreamFixtures fixtures;
    StreamClient stream;
    String run;

    @BeforeEach
    void setUp() {
        fixtures = new StreamFixtures(eventGateway, transaction, audiences);
        stream = new StreamClient(port);
        run = UUID.randomUUID().toString();
    }

    @Test
    void aClientThatReconnectsWithTheLastEventIdGetsExactlyTheEventsAfterIt() {
        for (int i = 1; i <= 5; i++) {
            fixtures.publish(fixtures.itemOpened(run + "-" + i));
        }

        List<Frame> first = stream.read(CLERK, null, hasOurs(3));
        List<Frame> firstOurs = ours(first);
        assertThat(firstOurs).extracting(Frame::event).containsOnly("StandInItemOpened");
        assertThat(firstOurs).hasSize(3);
        String lastId = firstOurs.get(2).id();

        List<Frame> rest = stream.read(CLERK, lastId, hasOurs(2));

        assertThat(ours(rest)).extracting(Frame::data).satisfiesExactly(
                data -> assertThat(data).contains(run + "-4"), data -> assertThat(data).contains(run + "-5"));
        assertThat(rest).allSatisfy(frame -> assertThat(Long.parseLong(frame.id())).isGreaterThan(Long.parseLong(lastId)));
        assertThat(rest).extracting(Frame::id).doesNotHaveDuplicates();
        assertThat(rest.stream().map(Frame::id).mapToLong(Long::parseLong).toArray()).isSorted();
    }

    @Test
    void anUnknownResumeIdSaysSoAndStartsFromTheOldestEvent() {
        fixtures.publish(fixtures.itemOpened(run + "-1"));
        Frame oldest = stream.read(CLERK, null, frames -> !frames.isEmpty()).get(0);

        List<Frame> frames = stream.read(CLERK, "no-such-event-" + run, read -> read.size() >= 2);

        assertThat(frames.get(0).event()).isEqualTo("resume-reset");
        assertThat(frames.get(0).data()).contains("starting from the oldest retained event");
        assertThat(frames.get(1)).isEqualTo(oldest);
        List<Frame> afterUnknownNumber = stream.read(CLERK, Long.toString(Long.MAX_VALUE), read -> read.size() >= 2);
        assertThat(afterUnknownNumber.get(0).event()).isEqualTo("resume-reset");
        assertThat(afterUnknownNumber.get(1)).isEqualTo(oldest);
    }

    @Test
    void aCallerSeesOnlyTheEventsTheVisibilityRuleAdmits() {
        fixtures.publish(fixtures.itemOpenedInTheCollege(run + "-hidden"), fixtures.itemOpened(run + "-council"),
                listRevised(run + "-list"));

        List<Frame> frames = stream.read(COUNCIL_MEMBER, null, read -> read.stream().anyMatch(f -> f.data().contains(run + "-list")));

        assertThat(frames).as("a confidential college proposal is not the council's")
                .noneMatch(frame -> frame.data().contains(run + "-hidden"));
        assertThat(frames).as("a confidential council proposal is the council members'")
                .anyMatch(frame -> frame.data().contains(run + "-council"));
    }

    private List<Frame> ours(List<Frame> frames) {
        return frames.stream().filter(frame -> frame.data().contains(run)).toList();
    }

    private Predicate<List<Frame>> hasOurs(int count) {
        return frames -> ours(frames).size() >= count;
    }
}
