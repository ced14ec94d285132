package nl.hamerslag.publication.command;

import nl.hamerslag.contracts.publication.PublicDocument;
import nl.hamerslag.contracts.publication.PublicationCorrected;
import nl.hamerslag.contracts.publication.PublicationPublished;
import nl.hamerslag.contracts.publication.PublicationRefused;
import nl.hamerslag.contracts.publication.PublicationScheduled;
import nl.hamerslag.contracts.publication.PublicationWithdrawn;
import nl.hamerslag.publication.command.refusal.AlreadyWithdrawn;
import nl.hamerslag.publication.command.refusal.GroundRequired;
import nl.hamerslag.publication.command.refusal.MomentNotInTheFuture;
import nl.hamerslag.publication.command.refusal.NotOpenbaarWithoutRedaction;
import nl.hamerslag.publication.command.refusal.PublicationNotInState;
import nl.hamerslag.publication.command.refusal.RedactionWithoutGround;
import nl.hamerslag.publication.command.refusal.RedactionsRequired;
import nl.hamerslag.publication.command.refusal.UnderEmbargo;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Publicatie: one candidate on its way to the public, decided by its rule or by the final editor:
 * CANDIDATE → PUBLISHED (now, at a scheduled moment, after an embargo, or as a redacted version) →
 * WITHDRAWN; or CANDIDATE → REFUSED. What is not openbaar never goes public as it is: only a redacted
 * version of it can, and never by itself. A correction publishes a new version that replaces the old.
 */
@Aggregate
public class Publication {

    private static final Set<PublicationState> UNDECIDED =
            EnumSet.of(PublicationState.CANDIDATE, PublicationState.SCHEDULED, PublicationState.EMBARGOED);

    @AggregateIdentifier
    private String id;
    private CandidateContent content;
    private PublicationState state;
    private Instant moment;
    private int version;
    private List<PublicDocument> redactedDocuments;

    protected Publication() {
    }

    @CommandHandler
    public Publication(RegisterCandidate command, Clock clock) {
        // in a constructor the state is set once the first event is applied: publish after it
        apply(new CandidateRegistered(command.publicationId(), command.content(), command.mode())).andThen(() -> {
            // the rule may say AUTOMATIC; only openbaar content ever goes public by itself
            if (command.mode() == PublicationMode.AUTOMATIC && command.content().publishableAsItIs()) {
                publish(null, clock.instant());
            }
        });
    }

    @CommandHandler
    public void handle(ReviseCandidate command, Clock clock) {
        if (command.content().equals(content)) {
            // a source offered again as it was (a replay) is no change, and no new version
            return;
        }
        if (state == PublicationState.PUBLISHED) {
            if (command.content().publishableAsItIs() && redactedDocuments == null) {
                apply(corrected(command.content(), version + 1, command.reason(), clock.instant()));
            } else {
                apply(new PublicationWithdrawn(id, content.kind(), content.source(), content.title(),
                        "De bron is gewijzigd en niet meer openbaar: " + command.reason(), clock.instant()));
            }
        }
        apply(new CandidateRevised(id, command.content(), command.reason()));
    }

    @CommandHandler
    public void handle(PublishNow command, Clock clock) {
        EditorPolicy.require(command.caller());
        requireUndecidedOrRefused();
        if (state == PublicationState.EMBARGOED && clock.instant().isBefore(moment)) {
            throw new UnderEmbargo(id, moment);
        }
        requirePublishable();
        publish(null, clock.instant());
    }

    @CommandHandler
    public void handle(SchedulePublication command, Clock clock) {
        EditorPolicy.require(command.caller());
        Instant at = future("at", command.at(), clock);
        requireUndecidedOrRefused();
        if (state == PublicationState.EMBARGOED) {
            throw new UnderEmbargo(id, moment);
        }
        requirePublishable();
        apply(new PublicationScheduled(id, content.kind(), content.source(), at, false));
    }

    @CommandHandler
    public void handle(PlaceEmbargo command, Clock clock) {
        EditorPolicy.require(command.caller());
        Instant until = future("until", command.until(), clock);
        requireUndecidedOrRefused();
        requirePublishable();
        apply(new PublicationScheduled(id, content.kind(), content.source(), until, true));
    }

    @CommandHandler
    public void handle(PublishDue command) {
        // a moment that moved, or a publication decided otherwise since the watch looked, has nothing to do
        boolean waiting = state == PublicationState.SCHEDULED || state == PublicationState.EMBARGOED;
        if (waiting && command.moment().equals(moment) && content.publishableAsItIs()) {
            publish(null, moment);
        }
    }

    @CommandHandler
    public void handle(PublishRedacted command, Clock clock) {
        EditorPolicy.require(command.caller());
        List<Redaction> redactions = command.redactions() == null ? List.of() : command.redactions();
        if (redactions.isEmpty()) {
            throw new RedactionsRequired();
        }
        for (int i = 0; i < redactions.size(); i++) {
            if (WooGround.of(redactions.get(i).ground()).isEmpty()) {
                throw new RedactionWithoutGround(i, redactions.get(i).ground());
            }
        }
        requireUndecidedOrRefused();
        if (state == PublicationState.EMBARGOED && clock.instant().isBefore(moment)) {
            throw new UnderEmbargo(id, moment);
        }
        apply(new RedactedVersionMade(id, command.documents(), redactions.stream()
                .map(r -> new Redaction(r.document(), r.page(), WooGround.of(r.ground()).orElseThrow().code(),
                        PublicationLimits.bounded("description", r.description(), PublicationLimits.TEXT)))
                .toList()));
        publish(command.documents(), clock.instant());
    }

    @CommandHandler
    public void handle(RefusePublication command) {
        EditorPolicy.require(command.caller());
        WooGround ground = WooGround.of(command.ground()).orElseThrow(() -> new GroundRequired(command.ground()));
        String explanation = PublicationLimits.bounded("explanation",
                command.explanation() == null ? null : command.explanation().strip(), PublicationLimits.TEXT);
        if (!UNDECIDED.contains(state)) {
            throw new PublicationNotInState(id, state, "CANDIDATE, SCHEDULED or EMBARGOED (withdraw what is published)");
        }
        apply(new PublicationRefused(id, content.kind(), content.source(), ground.code(), explanation));
    }

    @CommandHandler
    public void handle(WithdrawPublication command, Clock clock) {
        EditorPolicy.require(command.caller());
        String reason = PublicationLimits.reason("withdrawing a publication", command.reason());
        if (state == PublicationState.WITHDRAWN) {
            throw new AlreadyWithdrawn(id);
        }
        if (state != PublicationState.PUBLISHED) {
            throw new PublicationNotInState(id, state, "PUBLISHED");
        }
        apply(new PublicationWithdrawn(id, content.kind(), content.source(), content.title(), reason, clock.instant()));
    }

    @CommandHandler
    public void handle(CorrectPublication command, Clock clock) {
        EditorPolicy.require(command.caller());
        String reason = PublicationLimits.reason("correcting a publication", command.reason());
        String title = PublicationLimits.title(command.title());
        String text = PublicationLimits.bounded("text", command.text(), PublicationLimits.TEXT);
        if (state != PublicationState.PUBLISHED) {
            throw new PublicationNotInState(id, state, "PUBLISHED");
        }
        CandidateContent next = new CandidateContent(content.kind(), content.source(), content.body(),
                content.meetingDate(), title, text, content.confidentiality(), content.informationCategory(),
                content.organisation(), content.documents());
        apply(corrected(next, version + 1, reason, clock.instant()));
    }

    /**
     * A redacted version publishes the title and the redacted documents, never the candidate's own text:
     * that text is the unredacted content (the property test NothingNonPublicLeaksPropertyTest found it
     * in the feed and the search).
     */
    private void publish(List<PublicDocument> redacted, Instant at) {
        List<PublicDocument> documents = redacted != null ? redacted
                : content.documents().stream().map(CandidateDocument::asPublic).toList();
        apply(new PublicationPublished(id, content.kind(), content.source(), content.body(), content.meetingDate(),
                content.title(), redacted != null ? null : content.text(), content.informationCategory(),
                content.organisation(), version + 1, redacted != null, documents, at));
    }

    /**
     * Beside a redacted version only the final editor's own corrected text stands: a changed source
     * withdraws a redacted publication instead of correcting it (ReviseCandidate).
     */
    private PublicationCorrected corrected(CandidateContent next, int nextVersion, String reason, Instant at) {
        List<PublicDocument> documents = redactedDocuments != null ? redactedDocuments
                : next.documents().stream().map(CandidateDocument::asPublic).toList();
        return new PublicationCorrected(id, next.kind(), next.source(), next.body(), next.meetingDate(), next.title(),
                next.text(), next.informationCategory(), next.organisation(), nextVersion, redactedDocuments != null,
                documents, reason, at);
    }

    private void requireUndecidedOrRefused() {
        if (state == PublicationState.WITHDRAWN) {
            throw new AlreadyWithdrawn(id);
        }
        if (!UNDECIDED.contains(state) && state != PublicationState.REFUSED) {
            throw new PublicationNotInState(id, state, "not yet PUBLISHED (correct or withdraw what is published)");
        }
    }

    private void requirePublishable() {
        if (!content.publishableAsItIs()) {
            throw new NotOpenbaarWithoutRedaction(id, content.confidentiality());
        }
    }

    private static Instant future(String field, Instant moment, Clock clock) {
        Instant now = clock.instant();
        if (moment == null || !moment.isAfter(now)) {
            throw new MomentNotInTheFuture(field, moment, now);
        }
        // the watch reads the moment back from PostgreSQL, which keeps microseconds: keep no more
        return moment.truncatedTo(ChronoUnit.MICROS);
    }

    @EventSourcingHandler
    void on(CandidateRegistered event) {
        id = event.publicationId();
        content = event.content();
        state = PublicationState.CANDIDATE;
    }

    @EventSourcingHandler
    void on(CandidateRevised event) {
        content = event.content();
    }

    @EventSourcingHandler
    void on(PublicationScheduled event) {
        state = event.embargo() ? PublicationState.EMBARGOED : PublicationState.SCHEDULED;
        moment = event.at();
    }

    @EventSourcingHandler
    void on(RedactedVersionMade event) {
        redactedDocuments = event.documents();
    }

    @EventSourcingHandler
    void on(PublicationPublished event) {
        state = PublicationState.PUBLISHED;
        version = event.version();
        moment = null;
    }

    @EventSourcingHandler
    void on(PublicationCorrected event) {
        version = event.version();
    }

    @EventSourcingHandler
    void on(PublicationRefused event) {
        state = PublicationState.REFUSED;
        moment = null;
    }

    @EventSourcingHandler
    void on(PublicationWithdrawn event) {
        state = PublicationState.WITHDRAWN;
    }
}
