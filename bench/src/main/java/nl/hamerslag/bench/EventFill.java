package nl.hamerslag.bench;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.drafting.command.ProposalContent;
import nl.hamerslag.drafting.command.ProposalDrafted;
import nl.hamerslag.drafting.command.ProposalRevised;
import nl.hamerslag.platform.MetadataKeys;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Fills a service's event store with proposals as drafting stores them (drafting's own event classes, its aggregate
 * type, the demo author as actor), through {@link ChainedEventStore} (the platform's hash chain over Axon's engine):
 * many short streams, a {@link ProposalDrafted} and 1–6 {@link ProposalRevised} each, and a few long streams that grow a slice in every batch, so that their chain crosses
 * batches and each slice links to the one stored before. One writer, one transaction per batch, global indexes in
 * commit order (as the tree takes them).
 */
final class EventFill {

    /** The aggregate type drafting's proposals are stored with (its aggregate class, {@code Proposal}). */
    static final String AGGREGATE_TYPE = "Proposal";
    private static final Actor AUTHOR = new Actor("anna.steller", "Anna de Steller", Role.AUTHOR);
    private static final int SAMPLE = 1_000;

    private EventFill() {
    }

    /**
     * @param events           how many events to store in all
     * @param longStreams      how many long streams among them
     * @param longStreamLength events of each long stream (at most a tenth of {@code events} go to long streams)
     * @param batchSize        events per transaction (about; a short stream is never split)
     * @param budget           the fill stops after this long even when {@code events} is not reached
     * @param seed             the same seed gives the same shapes (ids and times differ)
     */
    record Shape(long events, int longStreams, int longStreamLength, int batchSize, Duration budget, long seed) {
    }

    /**
     * What was stored.
     *
     * @param sample      up to 1 000 short streams (proposal ids), drawn uniformly
     * @param longStreams the long streams' proposal ids
     */
    record Filled(long events, long streams, List<String> sample, List<String> longStreams, long longStreamEvents,
                  double seconds) {

        double perSecond() {
            return events / seconds;
        }
    }

    static Filled fill(ChainedEventStore store, Shape shape) throws SQLException {
        Random random = new Random(shape.seed());
        int longLength = shape.longStreams() == 0 ? 0
                : (int) Math.min(shape.longStreamLength(), shape.events() / 10 / shape.longStreams());
        List<Proposal> longOnes = new ArrayList<>();
        for (int i = 0; i < shape.longStreams() && longLength > 0; i++) {
            longOnes.add(new Proposal(random, longLength));
        }
        long shortBudget = shape.events() - (long) longLength * longOnes.size();
        long batches = Math.max(1, shortBudget / shape.batchSize());
        int slice = (int) Math.max(1, Math.ceil(longLength / (double) batches));
        List<String> sample = new ArrayList<>();
        long streams = longOnes.size();
        long written = 0;
        long start = System.nanoTime();
        long deadline = start + shape.budget().toNanos();
        long nextReport = start + 10_000_000_000L;
        while (written < shape.events() && System.nanoTime() < deadline) {
            List<DomainEventMessage<?>> batch = new ArrayList<>(shape.batchSize() + slice * longOnes.size());
            for (Proposal p : longOnes) {
                p.next(Math.min(slice, p.remaining()), batch);
            }
            while (batch.size() < shape.batchSize() && shortBudget > 0) {
                int size = (int) Math.min(2 + random.nextInt(6), shortBudget);
                Proposal p = new Proposal(random, size);
                p.next(size, batch);
                shortBudget -= size;
                streams++;
                sampleOne(sample, p.id, streams, random);
            }
            if (batch.isEmpty()) {
                break;
            }
            store.append(batch);
            written += batch.size();
            if (System.nanoTime() > nextReport) {
                nextReport += 10_000_000_000L;
                System.out.printf("bench: filled %,d of %,d events (%,.0f/s)%n", written, shape.events(),
                        written / ((System.nanoTime() - start) / 1e9));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long longEvents = longOnes.stream().mapToLong(p -> p.sequence).sum();
        return new Filled(written, streams, List.copyOf(sample), longOnes.stream().map(p -> p.id).toList(), longEvents,
                seconds);
    }

    /** Reservoir sampling: every short stream has the same chance to be among the sample. */
    private static void sampleOne(List<String> sample, String id, long seen, Random random) {
        if (sample.size() < SAMPLE) {
            sample.add(id);
        } else {
            long j = (long) (random.nextDouble() * seen);
            if (j < SAMPLE) {
                sample.set((int) j, id);
            }
        }
    }

    /** One proposal's stream as it is written: drafted first, then revised (its summary changes each time). */
    private static final class Proposal {
        private final String id;
        private final ProposalId proposalId;
        private final int length;
        private final int number;
        private ProposalContent content;
        private long sequence;

        Proposal(Random random, int length) {
            this.proposalId = new ProposalId(new UUID(random.nextLong(), random.nextLong()));
            this.id = proposalId.toString();
            this.length = length;
            this.number = random.nextInt(1_000_000);
        }

        int remaining() {
            return (int) (length - sequence);
        }

        void next(int count, List<DomainEventMessage<?>> into) {
            for (int i = 0; i < count; i++) {
                into.add(message(sequence == 0 ? drafted() : revised()));
                sequence++;
            }
        }

        private Object drafted() {
            content = new ProposalContent(ProposalType.COLLEGE_PROPOSAL, "Herinrichting Marktplein " + number,
                    "Het plein wordt groener.", "Wethouder Ruimte", "Ruimte", Confidentiality.OPENBAAR, true, true,
                    DecidingBody.COLLEGE, null, null, List.of());
            return new ProposalDrafted(proposalId, content, content.version(), AUTHOR);
        }

        /** The summary changes, as an author's revision would: drafting's own content, version and changes. */
        private Object revised() {
            ProposalContent before = content;
            String summary = "Het plein wordt groener; herziening " + sequence + " na overleg met de buurt.";
            content = new ProposalContent(before.type(), before.title(), summary, before.portfolioHolder(),
                    before.department(), before.confidentiality(), before.financialConsequences(),
                    before.legalConsequences(), before.decidingBody(), null, null, List.of());
            return new ProposalRevised(proposalId, before.changesTo(content), content, content.version(), AUTHOR);
        }

        private DomainEventMessage<?> message(Object payload) {
            String request = UUID.randomUUID().toString();
            Map<String, Object> metadata = Map.of(
                    MetadataKeys.ACTOR_SUBJECT, AUTHOR.subject(),
                    MetadataKeys.ACTOR_NAME, AUTHOR.name(),
                    MetadataKeys.ACTOR_ROLE, AUTHOR.role().name(),
                    MetadataKeys.CORRELATION_ID, request,
                    MetadataKeys.CAUSATION_ID, request);
            // the services store times to the millisecond (ADR 41); so does the fill
            return new GenericDomainEventMessage<>(AGGREGATE_TYPE, id, sequence, payload, metadata,
                    UUID.randomUUID().toString(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        }
    }
}
