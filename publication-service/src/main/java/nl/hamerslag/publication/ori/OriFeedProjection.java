package nl.hamerslag.publication.ori;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.publication.PublicDocument;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.contracts.publication.PublicationSource;
import nl.hamerslag.contracts.publication.PublicationCorrected;
import nl.hamerslag.contracts.publication.PublicationPublished;
import nl.hamerslag.contracts.publication.PublicationWithdrawn;
import nl.hamerslag.publication.command.CandidateRevised;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The ORI feed and resources, a projection of publication's own events in the transaction of the command
 * that decided them (like the public catalogue, so the feed and the catalogue change together):
 * <ul>
 *   <li>published or corrected: the publication's resources and its meeting's (and, for a vote, the
 *       fracties) are recomputed; an upsert
 *       for what changed, nothing for what did not;</li>
 *   <li>withdrawn: the same recomputation, without it; what it alone made is deleted, {@code ingetrokken};</li>
 *   <li>its source no longer openbaar (a revision that made the candidate confidential after it went public
 *       as openbaar): everything the feed ever said of its resources is redacted from the history.</li>
 * </ul>
 * Timestamps are the events' own, so a rebuild ({@link OriFeedRebuild}) writes the same records.
 */
@Component
@ProcessingGroup(OriFeedProjection.NAME)
public class OriFeedProjection {

    public static final String NAME = "publication-ori-feed";

    private final OriStore store;
    private final OriResources resources;

    OriFeedProjection(OriStore store, OriResources resources) {
        this.store = store;
        this.resources = resources;
    }

    @EventHandler
    void on(PublicationPublished event, @Timestamp Instant at) {
        went(publication(event.publicationId(), event.kind(), event.source(), event.body(), event.meetingDate(),
                event.title(), event.text(), event.informationCategory(), event.organisation(), event.version(),
                event.redacted(), event.documents(), event.publishedAt()), stored(at));
    }

    @EventHandler
    void on(PublicationCorrected event, @Timestamp Instant at) {
        went(publication(event.publicationId(), event.kind(), event.source(), event.body(), event.meetingDate(),
                event.title(), event.text(), event.informationCategory(), event.organisation(), event.version(),
                event.redacted(), event.documents(), event.correctedAt()), stored(at));
    }

    @EventHandler
    void on(PublicationWithdrawn event, @Timestamp Instant at) {
        Instant storedAt = stored(at);
        UUID id = UUID.fromString(event.publicationId());
        store.publication(id).ifPresent(publication -> {
            store.withdrawPublication(id);
            recompute(publication, false, RemovalReason.INGETROKKEN, storedAt);
        });
    }

    @EventHandler
    void on(CandidateRevised event, @Timestamp Instant at) {
        if (event.content().confidentiality() == Confidentiality.OPENBAAR) {
            return;
        }
        // it went public as openbaar and its source now says it is not: what the feed said of it must go too.
        // A redacted version was made to be public, and stays in the history.
        UUID id = UUID.fromString(event.publicationId());
        store.publication(id).filter(publication -> !publication.redacted())
                .ifPresent(publication -> store.redact(publication.scope(), stored(at)));
    }

    private static OriPublication publication(String id, PublicationKind kind, PublicationSource source,
                                              DecidingBody body, LocalDate meetingDate, String title, String text,
                                              String category, String organisation, int version, boolean redacted,
                                              List<PublicDocument> documents, Instant publishedAt) {
        return new OriPublication(UUID.fromString(id), kind, source == null ? null : source.meetingId(),
                source == null ? null : source.decisionId(), body, meetingDate, title, text, category, organisation,
                version, redacted, documents, publishedAt);
    }

    /** The event store keeps milliseconds: a live event's finer timestamp would not survive a rebuild. */
    private static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    private void went(OriPublication publication, Instant at) {
        store.savePublication(publication);
        recompute(publication, true, RemovalReason.VERVALLEN, at);
    }

    private void recompute(OriPublication publication, boolean isPublic, RemovalReason reason, Instant at) {
        store.reconcile(publication.scope(), isPublic ? resources.ofPublication(publication) : List.of(),
                reason, at);
        resources.meetingScope(publication).ifPresent(scope -> store.reconcile(scope,
                resources.ofMeeting(publication.meetingId(), store.publicOfMeeting(publication.meetingId())), reason, at));
        if (publication.kind() == PublicationKind.VOTE) {
            store.reconcile(OriResources.FRACTIES, resources.fracties(store.publicOfKind(PublicationKind.VOTE)), reason, at);
        }
    }
}
