package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.drafting.AttachmentKind;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.platform.identity.Caller;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every event a proposal causes must fit one Kafka record, or the relay retries it for ever (ADR
 * 0026). The largest submission the aggregate accepts is built from the limits themselves, so raising
 * a limit past what fits fails this test rather than production.
 */
class ProposalSizeTest {

    /**
     * The producer's maximum request size, which is below the broker's default maximum message size;
     * half of it is the margin for the record's headers and for limits that grow.
     */
    private static final int RELAY_LIMIT = (Integer) ProducerConfig.configDef().defaultValues()
            .get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
    private static final ProposalId ID = ProposalId.newId();

    /** A control character: 6 bytes in JSON ({@code \u0001}), the most any one character can take. */
    private static String widest(int length) {
        return "\u0001".repeat(length);
    }

    private static String longestName(Class<? extends Enum<?>> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    @Test
    void theLargestSubmissionTheAggregateAcceptsFitsOneKafkaRecordWithAWideMargin() {
        Caller author = Caller.of(widest(ProposalLimits.SUBJECT), "Anna", Set.of(Role.AUTHOR), "Ruimte");
        ProposalContent largest = new ProposalContent(
                ProposalType.valueOf(longestName(ProposalType.class)), widest(ProposalLimits.TITLE),
                widest(ProposalLimits.SUMMARY), widest(ProposalLimits.PORTFOLIO_HOLDER), widest(ProposalLimits.DEPARTMENT),
                Confidentiality.ZEER_GEHEIM, true, true, DecidingBody.valueOf(longestName(DecidingBody.class)),
                java.time.LocalDate.MAX, ProposalId.newId(),
                IntStream.range(0, ProposalLimits.TAGS).mapToObj(i -> i + widest(ProposalLimits.TAG - 2)).toList());
        List<Object> history = new ArrayList<>();
        history.add(new ProposalDrafted(ID, largest, largest.version(), author.actor()));
        for (int i = 0; i < AttachmentLimit.CEILING; i++) {
            String id = (i + "-" + UUID.randomUUID() + widest(ProposalLimits.ATTACHMENT_ID)).substring(0, ProposalLimits.ATTACHMENT_ID);
            AttachmentFile file = new AttachmentFile(widest(ProposalLimits.FILE_NAME), widest(ProposalLimits.MEDIA_TYPE),
                    Long.MAX_VALUE, ContentHash.sha256("attachment " + i));
            history.add(new AttachmentAdded(ID, id, i == 0 ? AttachmentKind.MAIN : AttachmentKind.ANNEX, file,
                    author.actor()));
        }
        AggregateTestFixture<Proposal> fixture = new AggregateTestFixture<>(Proposal.class);
        fixture.registerInjectableResource(new AttachmentLimit(AttachmentLimit.CEILING));
        AtomicReference<ProposalSubmitted> submitted = new AtomicReference<>();

        fixture.given(history).when(new SubmitProposal(ID, author)).expectEventsMatching(capture(submitted));

        assertThat(submitted.get().manifest().attachments()).hasSize(AttachmentLimit.CEILING);
        int size = JsonMapper.builder().build().writeValueAsBytes(submitted.get()).length;
        assertThat(size).as("ProposalSubmitted of %d bytes; the relay sends at most %d", size, RELAY_LIMIT)
                .isLessThanOrEqualTo(RELAY_LIMIT / 2);
    }

    @Test
    void aConfiguredAttachmentCountAboveWhatFitsIsRefused() {
        assertThatThrownBy(() -> new AttachmentLimit(AttachmentLimit.CEILING + 1))
                .hasMessageContaining("ADR 0026");
    }

    private static BaseMatcher<List<? super EventMessage<?>>> capture(AtomicReference<ProposalSubmitted> into) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                ((List<?>) actual).stream().map(e -> ((EventMessage<?>) e).getPayload())
                        .filter(ProposalSubmitted.class::isInstance).map(ProposalSubmitted.class::cast)
                        .forEach(into::set);
                return into.get() != null;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a ProposalSubmitted");
            }
        };
    }
}
