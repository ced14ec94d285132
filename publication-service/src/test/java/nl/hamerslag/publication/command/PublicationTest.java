package nl.hamerslag.publication.command;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.contracts.publication.PublicDocument;
import nl.hamerslag.contracts.publication.PublicationCorrected;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.contracts.publication.PublicationPublished;
import nl.hamerslag.contracts.publication.PublicationRefused;
import nl.hamerslag.contracts.publication.PublicationScheduled;
import nl.hamerslag.contracts.publication.PublicationSource;
import nl.hamerslag.contracts.publication.PublicationWithdrawn;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.publication.command.refusal.AlreadyWithdrawn;
import nl.hamerslag.publication.command.refusal.GroundRequired;
import nl.hamerslag.publication.command.refusal.MomentNotInTheFuture;
import nl.hamerslag.publication.command.refusal.NotOpenbaarWithoutRedaction;
import nl.hamerslag.publication.command.refusal.NotTheFinalEditor;
import nl.hamerslag.publication.command.refusal.PublicationNotInState;
import nl.hamerslag.publication.command.refusal.ReasonRequired;
import nl.hamerslag.publication.command.refusal.RedactionWithoutGround;
import nl.hamerslag.publication.command.refusal.RedactionsRequired;
import nl.hamerslag.publication.command.refusal.UnderEmbargo;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

class PublicationTest {

    private static final String ID = "3c9a2f7e-5d1b-4e8a-9f3c-7a6b5c4d3e2f";
    private static final Instant NOW = Instant.parse("2026-06-03T10:15:00Z");
    private static final ProposalId PROPOSAL = ProposalId.of("0b7e3c1e-1a4c-4a4f-8f0e-5b2b7f0d1c11");
    private static final PublicationSource SOURCE = new PublicationSource("m-1", "d-1", PROPOSAL, null);
    private static final String CATEGORY = "https://identifier.overheid.nl/tooi/def/thes/kern/c_816e508d";
    private static final String ORGANISATION = "https://identifier.overheid.nl/tooi/id/gemeente/gm0344";
    private static final ContentHash ORIGINAL = ContentHash.sha256("original");
    private static final ContentHash CLEANED = ContentHash.sha256("cleaned");
    private static final ContentHash REDACTED = ContentHash.sha256("redacted");
    private static final CandidateDocument DOCUMENT = new CandidateDocument("besluit.pdf", "application/pdf", 2000,
            ServiceCatalog.DRAFTING, ORIGINAL, CLEANED, 1800);
    private static final PublicDocument PUBLIC_DOCUMENT = new PublicDocument("besluit.pdf", "application/pdf", 1800, CLEANED);
    private static final PublicDocument REDACTED_DOCUMENT = new PublicDocument("besluit-gelakt.pdf", "application/pdf", 1700, REDACTED);
    private static final Redaction REDACTION = new Redaction("besluit-gelakt.pdf", 2, "5.1.2e", "naam van een omwonende");

    private static final Caller EDITOR = Caller.of("eva.eindredacteur", "Eva", Set.of(Role.FINAL_EDITOR), "Communicatie");
    private static final Caller SECRETARIAT = Caller.of("bas.secretariaat", "Bas", Set.of(Role.SECRETARIAT), "Bestuurszaken");
    private static final Caller SYSTEM = Caller.system("publication");

    private AggregateTestFixture<Publication> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Publication.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static CandidateContent content(Confidentiality confidentiality) {
        return new CandidateContent(PublicationKind.DECISION, SOURCE, DecidingBody.COLLEGE, LocalDate.of(2026, 6, 2),
                "Besluit Marktplein", "Het college besluit het marktplein te herinrichten.", confidentiality, CATEGORY,
                ORGANISATION, List.of(DOCUMENT));
    }

    private static CandidateRegistered candidate(Confidentiality confidentiality) {
        return new CandidateRegistered(ID, content(confidentiality), PublicationMode.EDITOR);
    }

    private static PublicationPublished published(int version, Instant at) {
        CandidateContent c = content(Confidentiality.OPENBAAR);
        return new PublicationPublished(ID, c.kind(), SOURCE, c.body(), c.meetingDate(), c.title(), c.text(), CATEGORY,
                ORGANISATION, version, false, List.of(PUBLIC_DOCUMENT), at);
    }

    private static PublicationWithdrawn withdrawn() {
        return new PublicationWithdrawn(ID, PublicationKind.DECISION, SOURCE, "Besluit Marktplein", "Onjuist besluit", NOW);
    }

    @Nested
    class Candidates {

        @Test
        void anOpenbaarCandidateWhoseRuleIsAutomaticIsPublishedAtOnce() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterCandidate(ID, content(Confidentiality.OPENBAAR), PublicationMode.AUTOMATIC, SYSTEM))
                    .expectEvents(new CandidateRegistered(ID, content(Confidentiality.OPENBAAR), PublicationMode.AUTOMATIC),
                            published(1, NOW));
        }

        @Test
        void aCandidateThatIsNotOpenbaarNeverPublishesByItselfWhateverItsRule() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterCandidate(ID, content(Confidentiality.BEPERKT_OPENBAAR), PublicationMode.AUTOMATIC, SYSTEM))
                    .expectEvents(new CandidateRegistered(ID, content(Confidentiality.BEPERKT_OPENBAAR), PublicationMode.AUTOMATIC));
        }

        @Test
        void anOpenbaarCandidateWithADocumentThatCouldNotBeCleanedDoesNotPublishByItself() {
            CandidateContent uncleaned = new CandidateContent(PublicationKind.DECISION, SOURCE, DecidingBody.COLLEGE, null,
                    "Besluit", null, Confidentiality.OPENBAAR, CATEGORY, ORGANISATION,
                    List.of(new CandidateDocument("kapot.pdf", "application/pdf", 10, ServiceCatalog.DRAFTING, ORIGINAL, null, 0)));
            fixture.givenNoPriorActivity()
                    .when(new RegisterCandidate(ID, uncleaned, PublicationMode.AUTOMATIC, SYSTEM))
                    .expectEvents(new CandidateRegistered(ID, uncleaned, PublicationMode.AUTOMATIC));
        }

        @Test
        void aCandidateWhoseRuleIsEditorWaitsForTheFinalEditor() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterCandidate(ID, content(Confidentiality.OPENBAAR), PublicationMode.EDITOR, SYSTEM))
                    .expectEvents(candidate(Confidentiality.OPENBAAR));
        }

        @Test
        void aPublishedCandidateWhoseSourceChangedIsCorrectedWithTheNewContent() {
            CandidateContent changed = new CandidateContent(PublicationKind.DECISION, SOURCE, DecidingBody.COLLEGE,
                    LocalDate.of(2026, 6, 2), "Besluit Marktplein (gewijzigd)", "Nieuwe tekst", Confidentiality.OPENBAAR,
                    CATEGORY, ORGANISATION, List.of(DOCUMENT));
            fixture.given(candidate(Confidentiality.OPENBAAR), published(1, NOW))
                    .when(new ReviseCandidate(ID, changed, "agenda gewijzigd", SYSTEM))
                    .expectEvents(new PublicationCorrected(ID, PublicationKind.DECISION, SOURCE, DecidingBody.COLLEGE,
                                    LocalDate.of(2026, 6, 2), "Besluit Marktplein (gewijzigd)", "Nieuwe tekst", CATEGORY,
                                    ORGANISATION, 2, false, List.of(PUBLIC_DOCUMENT), "agenda gewijzigd", NOW),
                            new CandidateRevised(ID, changed, "agenda gewijzigd"));
        }
    }

    @Test
    void aSourceOfferedAgainAsItWasChangesNothing() {
        fixture.given(candidate(Confidentiality.OPENBAAR), published(1, NOW))
                .when(new ReviseCandidate(ID, content(Confidentiality.OPENBAAR), "opnieuw aangeboden", SYSTEM))
                .expectNoEvents();
    }

    @Nested
    class PublishingNow {

        @Test
        void theFinalEditorPublishesAnOpenbaarCandidateNow() {
            fixture.given(candidate(Confidentiality.OPENBAAR))
                    .when(new PublishNow(ID, EDITOR))
                    .expectEvents(published(1, NOW));
        }

        @Test
        void aCandidateThatIsNotOpenbaarIsNotPublishedAsItIs() {
            fixture.given(candidate(Confidentiality.INTERN))
                    .when(new PublishNow(ID, EDITOR))
                    .expectNoEvents()
                    .expectException(NotOpenbaarWithoutRedaction.class);
        }

        @Test
        void onlyTheFinalEditorDecidesOnPublication() {
            fixture.given(candidate(Confidentiality.OPENBAAR))
                    .when(new PublishNow(ID, SECRETARIAT))
                    .expectNoEvents()
                    .expectException(NotTheFinalEditor.class);
        }

        @Test
        void whatIsPublishedIsNotPublishedAgain() {
            fixture.given(candidate(Confidentiality.OPENBAAR), published(1, NOW))
                    .when(new PublishNow(ID, EDITOR))
                    .expectException(PublicationNotInState.class);
        }
    }

    @Nested
    class Scheduling {

        @Test
        void theFinalEditorSchedulesAPublicationAtAMomentInTheFuture() {
            Instant at = NOW.plus(Duration.ofHours(3));
            fixture.given(candidate(Confidentiality.OPENBAAR))
                    .when(new SchedulePublication(ID, at, EDITOR))
                    .expectEvents(new PublicationScheduled(ID, PublicationKind.DECISION, SOURCE, at, false));
        }

        @Test
        void aMomentInThePastCannotBeScheduled() {
            fixture.given(candidate(Confidentiality.OPENBAAR))
                    .when(new SchedulePublication(ID, NOW.minusSeconds(1), EDITOR))
                    .expectNoEvents()
                    .expectException(MomentNotInTheFuture.class);
        }

        @Test
        void aScheduledPublicationGoesPublicAtItsMoment() {
            Instant at = NOW.plus(Duration.ofHours(3));
            fixture.given(candidate(Confidentiality.OPENBAAR),
                            new PublicationScheduled(ID, PublicationKind.DECISION, SOURCE, at, false))
                    .when(new PublishDue(ID, at, SYSTEM))
                    .expectEvents(published(1, at));
        }

        @Test
        void aMomentThatWasMovedHasNothingToPublish() {
            Instant first = NOW.plus(Duration.ofHours(3));
            Instant later = NOW.plus(Duration.ofHours(5));
            fixture.given(candidate(Confidentiality.OPENBAAR),
                            new PublicationScheduled(ID, PublicationKind.DECISION, SOURCE, first, false),
                            new PublicationScheduled(ID, PublicationKind.DECISION, SOURCE, later, false))
                    .when(new PublishDue(ID, first, SYSTEM))
                    .expectNoEvents();
        }

        @Test
        void aScheduledPublicationMayStillBePublishedEarlier() {
            fixture.given(candidate(Confidentiality.OPENBAAR),
                            new PublicationScheduled(ID, PublicationKind.DECISION, SOURCE, NOW.plusSeconds(60), false))
                    .when(new PublishNow(ID, EDITOR))
                    .expectEvents(published(1, NOW));
        }

        @Test
        void aCandidateThatIsNotOpenbaarCannotBeScheduledAsItIs() {
            fixture.given(candidate(Confidentiality.VERTROUWELIJK))
                    .when(new SchedulePublication(ID, NOW.plusSeconds(60), EDITOR))
                    .expectException(NotOpenbaarWithoutRedaction.class);
        }
    }

    @Nested
    class Embargo {

        @Test
        void underAnEmbargoAPublicationIsNotPublishedEarlier() {
            Instant until = NOW.plus(Duration.ofDays(1));
            fixture.given(candidate(Confidentiality.OPENBAAR),
                            new PublicationScheduled(ID, PublicationKind.DECISION, SOURCE, until, true))
                    .when(new PublishNow(ID, EDITOR))
                    .expectNoEvents()
                    .expectException(UnderEmbargo.class);
        }

        @Test
        void anEmbargoLiesInTheFuture() {
            fixture.given(candidate(Confidentiality.OPENBAAR))
                    .when(new PlaceEmbargo(ID, NOW, EDITOR))
                    .expectException(MomentNotInTheFuture.class);
        }

        @Test
        void anEmbargoedPublicationGoesPublicWhenTheEmbargoEnds() {
            Instant until = NOW.plus(Duration.ofDays(1));
            fixture.given(candidate(Confidentiality.OPENBAAR))
                    .andGivenCommands(new PlaceEmbargo(ID, until, EDITOR))
                    .when(new PublishDue(ID, until, SYSTEM))
                    .expectEvents(published(1, until));
        }
    }

    @Nested
    class Redacting {

        @Test
        void aRedactedVersionIsPublishedInsteadOfTheOriginalWithTheTitleButNotTheUnredactedText() {
            fixture.given(candidate(Confidentiality.BEPERKT_OPENBAAR))
                    .when(new PublishRedacted(ID, List.of(REDACTED_DOCUMENT), List.of(REDACTION), EDITOR))
                    .expectEvents(new RedactedVersionMade(ID, List.of(REDACTED_DOCUMENT), List.of(REDACTION)),
                            new PublicationPublished(ID, PublicationKind.DECISION, SOURCE, DecidingBody.COLLEGE,
                                    LocalDate.of(2026, 6, 2), "Besluit Marktplein", null, CATEGORY, ORGANISATION, 1, true,
                                    List.of(REDACTED_DOCUMENT), NOW));
        }

        @Test
        void everyRedactionNamesAGroundOfTheWoo() {
            fixture.given(candidate(Confidentiality.BEPERKT_OPENBAAR))
                    .when(new PublishRedacted(ID, List.of(REDACTED_DOCUMENT),
                            List.of(REDACTION, new Redaction("besluit-gelakt.pdf", 3, " ", "bedrag")), EDITOR))
                    .expectNoEvents()
                    .expectException(RedactionWithoutGround.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("redactions[1].ground"));
        }

        @Test
        void aGroundTheWooDoesNotHaveIsNoGround() {
            fixture.given(candidate(Confidentiality.BEPERKT_OPENBAAR))
                    .when(new PublishRedacted(ID, List.of(REDACTED_DOCUMENT),
                            List.of(new Redaction("besluit-gelakt.pdf", 1, "10.2g", "naam")), EDITOR))
                    .expectException(RedactionWithoutGround.class);
        }

        @Test
        void aRedactedVersionSaysWhatItWithholds() {
            fixture.given(candidate(Confidentiality.BEPERKT_OPENBAAR))
                    .when(new PublishRedacted(ID, List.of(REDACTED_DOCUMENT), List.of(), EDITOR))
                    .expectException(RedactionsRequired.class);
        }
    }

    @Nested
    class Refusing {

        @Test
        void theFinalEditorRefusesACandidateOnAWooGround() {
            fixture.given(candidate(Confidentiality.INTERN))
                    .when(new RefusePublication(ID, "art. 5.2.1", "Persoonlijke beleidsopvattingen", EDITOR))
                    .expectEvents(new PublicationRefused(ID, PublicationKind.DECISION, SOURCE, "5.2.1",
                            "Persoonlijke beleidsopvattingen"));
        }

        @Test
        void aRefusalWithoutAGroundIsNotARefusal() {
            fixture.given(candidate(Confidentiality.INTERN))
                    .when(new RefusePublication(ID, "", "Liever niet", EDITOR))
                    .expectException(GroundRequired.class);
        }

        @Test
        void whatIsPublishedIsWithdrawnNotRefused() {
            fixture.given(candidate(Confidentiality.OPENBAAR), published(1, NOW))
                    .when(new RefusePublication(ID, "5.1.2e", "Privacy", EDITOR))
                    .expectException(PublicationNotInState.class);
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void theFinalEditorWithdrawsAPublicationWithTheReason() {
            fixture.given(candidate(Confidentiality.OPENBAAR), published(1, NOW))
                    .when(new WithdrawPublication(ID, "Onjuist besluit", EDITOR))
                    .expectEvents(withdrawn());
        }

        @Test
        void aPublicationIsWithdrawnOnce() {
            fixture.given(candidate(Confidentiality.OPENBAAR), published(1, NOW), withdrawn())
                    .when(new WithdrawPublication(ID, "Nog een keer", EDITOR))
                    .expectNoEvents()
                    .expectException(AlreadyWithdrawn.class);
        }

        @Test
        void aWithdrawalNeedsAReason() {
            fixture.given(candidate(Confidentiality.OPENBAAR), published(1, NOW))
                    .when(new WithdrawPublication(ID, " ", EDITOR))
                    .expectException(ReasonRequired.class);
        }

        @Test
        void aWithdrawnPublicationIsNotPublishedAgain() {
            fixture.given(candidate(Confidentiality.OPENBAAR), published(1, NOW), withdrawn())
                    .when(new PublishNow(ID, EDITOR))
                    .expectException(AlreadyWithdrawn.class);
        }
    }

    @Nested
    class Correcting {

        @Test
        void aCorrectionPublishesANewVersionThatReplacesTheOld() {
            fixture.given(candidate(Confidentiality.OPENBAAR), published(1, NOW))
                    .when(new CorrectPublication(ID, "Besluit Marktplein (gecorrigeerd)", "Juiste tekst", "Typefout", EDITOR))
                    .expectEvents(new PublicationCorrected(ID, PublicationKind.DECISION, SOURCE, DecidingBody.COLLEGE,
                            LocalDate.of(2026, 6, 2), "Besluit Marktplein (gecorrigeerd)", "Juiste tekst", CATEGORY,
                            ORGANISATION, 2, false, List.of(PUBLIC_DOCUMENT), "Typefout", NOW));
        }

        @Test
        void aCorrectionOfARedactedPublicationKeepsTheRedactedDocuments() {
            fixture.given(candidate(Confidentiality.BEPERKT_OPENBAAR))
                    .andGivenCommands(new PublishRedacted(ID, List.of(REDACTED_DOCUMENT), List.of(REDACTION), EDITOR))
                    .when(new CorrectPublication(ID, "Titel", "Tekst", "Typefout", EDITOR))
                    .expectEvents(new PublicationCorrected(ID, PublicationKind.DECISION, SOURCE, DecidingBody.COLLEGE,
                            LocalDate.of(2026, 6, 2), "Titel", "Tekst", CATEGORY, ORGANISATION, 2, true,
                            List.of(REDACTED_DOCUMENT), "Typefout", NOW));
        }

        @Test
        void onlyWhatIsPublishedIsCorrected() {
            fixture.given(candidate(Confidentiality.OPENBAAR), published(1, NOW), withdrawn())
                    .when(new CorrectPublication(ID, "Titel", "Tekst", "Typefout", EDITOR))
                    .expectException(PublicationNotInState.class);
        }
    }
}
