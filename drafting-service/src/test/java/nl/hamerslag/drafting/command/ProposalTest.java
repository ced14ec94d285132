package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.approval.ReturnedForRevision.Remark;
import nl.hamerslag.contracts.drafting.AttachmentKind;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.contracts.drafting.ProposalWithdrawn;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.drafting.command.refusal.FieldTooLong;
import nl.hamerslag.drafting.command.refusal.MainDocumentExists;
import nl.hamerslag.drafting.command.refusal.MainDocumentMissing;
import nl.hamerslag.drafting.command.refusal.MayNotWithdraw;
import nl.hamerslag.drafting.command.refusal.NoSuchAttachment;
import nl.hamerslag.drafting.command.refusal.NotInSignOff;
import nl.hamerslag.drafting.command.refusal.NotOnAgenda;
import nl.hamerslag.drafting.command.refusal.NotReadyForAgenda;
import nl.hamerslag.drafting.command.refusal.NotTheAuthor;
import nl.hamerslag.drafting.command.refusal.NotTheSubmittedVersion;
import nl.hamerslag.drafting.command.refusal.NotWithdrawable;
import nl.hamerslag.drafting.command.refusal.ProposalNotEditable;
import nl.hamerslag.drafting.command.refusal.ProposalNotSubmittable;
import nl.hamerslag.drafting.command.refusal.ReasonRequired;
import nl.hamerslag.drafting.command.refusal.StaleRevision;
import nl.hamerslag.drafting.command.refusal.TooManyAttachments;
import nl.hamerslag.platform.identity.Caller;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalTest {

    private static final ProposalId ID = ProposalId.newId();
    private static final Caller ANNA = Caller.of("anna.steller", "Anna de Steller", Set.of(Role.AUTHOR), "Ruimte");
    private static final Caller PIET = Caller.of("piet.steller", "Piet Steller", Set.of(Role.AUTHOR), "Ruimte");
    private static final Caller MARK = Caller.of("mark.leidinggevende", "Mark Leidinggevende", Set.of(Role.MANAGER), "Ruimte");
    /** An author who is also a manager of the proposal's department. */
    private static final Caller TEAM_LEAD = Caller.of("tom.teamleider", "Tom Teamleider",
            Set.of(Role.AUTHOR, Role.MANAGER), "Ruimte");
    private static final Actor AUTHOR = ANNA.actor();
    private static final Actor MANAGER = MARK.actor();
    private static final int ATTACHMENT_LIMIT = 3;
    private static final ProposalContent CONTENT = new ProposalContent(ProposalType.COLLEGE_PROPOSAL,
            "Herinrichting Marktplein", "Het plein wordt groener.", "Wethouder Ruimte", "Ruimte",
            Confidentiality.OPENBAAR, true, false, DecidingBody.COLLEGE, null, null, List.of());
    private static final ContentHash FIELDS = CONTENT.version();
    private static final AttachmentFile TEXT = new AttachmentFile("voorstel.pdf", "application/pdf", 1234,
            ContentHash.sha256("voorstel v1"));
    private static final AttachmentFile TEXT_V2 = new AttachmentFile("voorstel.pdf", "application/pdf", 1300,
            ContentHash.sha256("voorstel v2"));
    private static final AttachmentFile ANNEX = new AttachmentFile("kaart.png", "image/png", 99,
            ContentHash.sha256("kaart"));
    private static final Manifest MANIFEST = new Manifest(FIELDS, List.of(
            new Manifest.Entry("main-1", AttachmentKind.MAIN, "voorstel.pdf", "application/pdf", 1234, TEXT.sha256())));
    private static final ContentHash V1 = MANIFEST.version();
    private static final LocalDate MEETING_DATE = LocalDate.of(2026, 3, 10);
    private static final Instant DECIDED_AT = Instant.parse("2026-03-10T15:00:00Z");

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Proposal.class);
        fixture.registerInjectableResource(new AttachmentLimit(ATTACHMENT_LIMIT));
    }

    private static ProposalDrafted drafted() {
        return new ProposalDrafted(ID, CONTENT, FIELDS, AUTHOR);
    }

    private static AttachmentAdded mainAdded() {
        return new AttachmentAdded(ID, "main-1", AttachmentKind.MAIN, TEXT, AUTHOR);
    }

    private static ProposalSubmitted submitted() {
        return new ProposalSubmitted(ID, V1, CONTENT.type(), CONTENT.title(), CONTENT.department(),
                CONTENT.portfolioHolder(), CONTENT.confidentiality(), true, false, DecidingBody.COLLEGE, AUTHOR.subject(),
                MANIFEST);
    }

    private static ProposalReturned returned() {
        return new ProposalReturned(ID, "route-1", V1, List.of(
                new Remark("manager", Role.MANAGER, "mark.leidinggevende", "Onderbouwing ontbreekt", true)));
    }

    private static ProposalApproved approved() {
        return new ProposalApproved(ID, "route-1", V1);
    }

    private static ProposalPutOnAgenda onAgenda() {
        return new ProposalPutOnAgenda(ID, "meeting-1", DecidingBody.COLLEGE, MEETING_DATE, "item-1",
                AgendaItemType.HAMMER_ITEM, V1);
    }

    private static MarkUnscheduled unscheduled(String meetingId, String agendaItemId) {
        return new MarkUnscheduled(ID, meetingId, DecidingBody.COLLEGE, agendaItemId, "Vergadering vervalt");
    }

    private static ProposalTakenOffAgenda takenOff() {
        return new ProposalTakenOffAgenda(ID, "meeting-1", DecidingBody.COLLEGE, "item-1", "Vergadering vervalt");
    }

    private static RecordDecision decision(DecisionOutcome outcome, DecidingBody nextBody) {
        return new RecordDecision(ID, "decision-1", "meeting-1", DecidingBody.COLLEGE, outcome, V1, DECIDED_AT, nextBody);
    }

    private static DecisionRecorded decided(DecisionOutcome outcome, DecidingBody nextBody) {
        return new DecisionRecorded(ID, "decision-1", "meeting-1", DecidingBody.COLLEGE, outcome, V1, DECIDED_AT, nextBody);
    }

    private static ProposalContent retitled(String title) {
        return new ProposalContent(CONTENT.type(), title, CONTENT.summary(), CONTENT.portfolioHolder(),
                CONTENT.department(), CONTENT.confidentiality(), true, false, DecidingBody.COLLEGE, null, null, List.of());
    }

    // drafting and the content hash

    @Test
    void draftingAProposalRecordsItsContentVersionAndAuthor() {
        fixture.givenNoPriorActivity()
                .when(new DraftProposal(ID, CONTENT, ANNA))
                .expectEvents(drafted());
    }

    @Test
    void theVersionIsTheHashOfTheContentSoEqualContentHasEqualVersions() {
        assertThat(retitled(CONTENT.title()).version()).isEqualTo(FIELDS);
        assertThat(retitled("Andere titel").version()).isNotEqualTo(FIELDS);
    }

    @Test
    void fieldsAddedLaterChangeTheHashOnlyWhenSet() {
        ContentHash withoutLaterFields = ContentHash.sha256(String.join("\n", "type=COLLEGE_PROPOSAL",
                "title=Herinrichting Marktplein", "summary=Het plein wordt groener.", "portfolioHolder=Wethouder Ruimte",
                "department=Ruimte", "confidentiality=openbaar", "financialConsequences=true",
                "legalConsequences=false", "decidingBody=COLLEGE"));
        ProposalContent tagged = new ProposalContent(CONTENT.type(), CONTENT.title(), CONTENT.summary(),
                CONTENT.portfolioHolder(), CONTENT.department(), CONTENT.confidentiality(), true, false,
                DecidingBody.COLLEGE, MEETING_DATE, null, List.of("centrum"));

        assertThat(FIELDS).isEqualTo(withoutLaterFields);
        assertThat(tagged.version()).isNotEqualTo(FIELDS);
    }

    // revising

    @Test
    void aRevisionSaysWhichFieldsChangedFromWhatToWhat() {
        ProposalContent revised = retitled("Herinrichting Grote Markt");
        fixture.given(drafted())
                .when(new ReviseProposal(ID, revised, 0L, ANNA))
                .expectEvents(new ProposalRevised(ID, List.of(new FieldChange("title", "Herinrichting Marktplein",
                        "Herinrichting Grote Markt")), revised, revised.version(), AUTHOR));
    }

    @Test
    void aRevisionThatChangesNothingRecordsNothing() {
        fixture.given(drafted())
                .when(new ReviseProposal(ID, CONTENT, null, ANNA))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRevisionFromAStaleRevisionIsRefused() {
        fixture.given(drafted(), mainAdded())
                .when(new ReviseProposal(ID, retitled("Nieuw"), 0L, ANNA))
                .expectException(StaleRevision.class)
                .expectNoEvents();
    }

    @Test
    void aSubmittedProposalCannotBeRevised() {
        fixture.given(drafted(), mainAdded(), submitted())
                .when(new ReviseProposal(ID, retitled("Nieuw"), null, ANNA))
                .expectException(ProposalNotEditable.class)
                .expectNoEvents();
    }

    @Test
    void aReturnedProposalCanBeRevised() {
        ProposalContent revised = retitled("Nieuw");
        fixture.given(drafted(), mainAdded(), submitted(), returned())
                .when(new ReviseProposal(ID, revised, null, ANNA))
                .expectEvents(new ProposalRevised(ID, CONTENT.changesTo(revised), revised, revised.version(), AUTHOR));
    }

    @Test
    void onlyTheAuthorRevises() {
        fixture.given(drafted())
                .when(new ReviseProposal(ID, retitled("Nieuw"), null, PIET))
                .expectException(NotTheAuthor.class)
                .expectNoEvents();
    }

    // attachments

    @Test
    void theAuthorAddsTheMainDocument() {
        fixture.given(drafted())
                .when(new AddAttachment(ID, "main-1", AttachmentKind.MAIN, TEXT, ANNA))
                .expectEvents(mainAdded());
    }

    @Test
    void thereIsOneMainDocument() {
        fixture.given(drafted(), mainAdded())
                .when(new AddAttachment(ID, "main-2", AttachmentKind.MAIN, TEXT_V2, ANNA))
                .expectException(MainDocumentExists.class)
                .expectNoEvents();
    }

    @Test
    void annexesMayBeAddedUpToTheLimit() {
        fixture.given(drafted(), mainAdded(), new AttachmentAdded(ID, "annex-1", AttachmentKind.ANNEX, ANNEX, AUTHOR))
                .when(new AddAttachment(ID, "annex-2", AttachmentKind.ANNEX, ANNEX, ANNA))
                .expectEvents(new AttachmentAdded(ID, "annex-2", AttachmentKind.ANNEX, ANNEX, AUTHOR));
    }

    @Test
    void replacingAnAttachmentIsItsNextRevisionNamingThePreviousHash() {
        fixture.given(drafted(), mainAdded())
                .when(new ReplaceAttachment(ID, "main-1", TEXT_V2, ANNA))
                .expectEvents(new AttachmentReplaced(ID, "main-1", AttachmentKind.MAIN, TEXT_V2, 2, TEXT.sha256(), AUTHOR));
    }

    @Test
    void anUnknownAttachmentCannotBeReplacedOrRemoved() {
        fixture.given(drafted())
                .when(new RemoveAttachment(ID, "nope", ANNA))
                .expectException(NoSuchAttachment.class);
        fixture.given(drafted())
                .when(new ReplaceAttachment(ID, "nope", TEXT, ANNA))
                .expectException(NoSuchAttachment.class);
    }

    @Test
    void attachmentsAreFrozenOnceSubmitted() {
        fixture.given(drafted(), mainAdded(), submitted())
                .when(new AddAttachment(ID, "annex-1", AttachmentKind.ANNEX, ANNEX, ANNA))
                .expectException(ProposalNotEditable.class);
        fixture.given(drafted(), mainAdded(), submitted())
                .when(new RemoveAttachment(ID, "main-1", ANNA))
                .expectException(ProposalNotEditable.class);
    }

    @Test
    void onlyTheAuthorAttaches() {
        fixture.given(drafted())
                .when(new AddAttachment(ID, "annex-1", AttachmentKind.ANNEX, ANNEX, PIET))
                .expectException(NotTheAuthor.class)
                .expectNoEvents();
    }

    // submitting

    @Test
    void theAuthorSubmitsADraftFreezingItsFieldsAndAttachmentsInTheManifest() {
        fixture.given(drafted(), mainAdded())
                .when(new SubmitProposal(ID, ANNA))
                .expectEvents(submitted());
    }

    @Test
    void theManifestListsTheMainDocumentFirstAndEveryAnnex() {
        Manifest manifest = new Manifest(FIELDS, List.of(MANIFEST.attachments().get(0),
                new Manifest.Entry("annex-1", AttachmentKind.ANNEX, "kaart.png", "image/png", 99, ANNEX.sha256())));
        fixture.given(drafted(), new AttachmentAdded(ID, "annex-1", AttachmentKind.ANNEX, ANNEX, AUTHOR), mainAdded())
                .when(new SubmitProposal(ID, ANNA))
                .expectEvents(new ProposalSubmitted(ID, manifest.version(), CONTENT.type(), CONTENT.title(),
                        CONTENT.department(), CONTENT.portfolioHolder(), CONTENT.confidentiality(), true, false,
                        DecidingBody.COLLEGE, AUTHOR.subject(), manifest));
    }

    @Test
    void submittingWithoutAMainDocumentIsRefused() {
        fixture.given(drafted())
                .when(new SubmitProposal(ID, ANNA))
                .expectException(MainDocumentMissing.class)
                .expectNoEvents();
    }

    @Test
    void onlyTheAuthorMaySubmit() {
        fixture.given(drafted(), mainAdded())
                .when(new SubmitProposal(ID, PIET))
                .expectException(NotTheAuthor.class)
                .expectNoEvents();
    }

    @Test
    void aSubmittedProposalCannotBeSubmittedAgain() {
        fixture.given(drafted(), mainAdded(), submitted())
                .when(new SubmitProposal(ID, ANNA))
                .expectException(ProposalNotSubmittable.class)
                .expectNoEvents();
    }

    @Test
    void aReturnedProposalIsResubmittedAsANewVersion() {
        ProposalContent revised = retitled("Nieuw");
        Manifest manifest = new Manifest(revised.version(), MANIFEST.attachments());
        fixture.given(drafted(), mainAdded(), submitted(), returned(),
                        new ProposalRevised(ID, CONTENT.changesTo(revised), revised, revised.version(), AUTHOR))
                .when(new SubmitProposal(ID, ANNA))
                .expectEvents(new ProposalSubmitted(ID, manifest.version(), revised.type(), "Nieuw", revised.department(),
                        revised.portfolioHolder(), revised.confidentiality(), true, false, DecidingBody.COLLEGE,
                        AUTHOR.subject(), manifest));
    }

    // the sign-off route (approval-service)

    @Test
    void aRefusedRouteReturnsTheProposalWithTheRemarks() {
        fixture.given(drafted(), mainAdded(), submitted())
                .when(new MarkReturned(ID, "route-1", V1, returned().remarks()))
                .expectEvents(returned());
    }

    @Test
    void aReturnForAnotherVersionDoesNotApply() {
        fixture.given(drafted(), mainAdded(), submitted())
                .when(new MarkReturned(ID, "route-0", ContentHash.sha256("other"), List.of()))
                .expectException(NotTheSubmittedVersion.class)
                .expectNoEvents();
    }

    @Test
    void aCompletedRouteForTheSubmittedVersionApprovesTheProposal() {
        fixture.given(drafted(), mainAdded(), submitted())
                .when(new MarkApproved(ID, "route-1", V1))
                .expectEvents(approved());
    }

    @Test
    void aCompletedRouteForAnotherVersionDoesNotApprove() {
        fixture.given(drafted(), mainAdded(), submitted())
                .when(new MarkApproved(ID, "route-0", ContentHash.sha256("another version")))
                .expectException(NotTheSubmittedVersion.class)
                .expectNoEvents();
    }

    @Test
    void aDraftThatWasNeverSubmittedCannotBeApproved() {
        fixture.given(drafted())
                .when(new MarkApproved(ID, "route-1", V1))
                .expectException(NotInSignOff.class)
                .expectNoEvents();
    }

    @Test
    void aRouteOutcomeForAWithdrawnProposalChangesNothing() {
        fixture.given(drafted(), mainAdded(), submitted(), new ProposalWithdrawn(ID, AUTHOR, "Niet meer nodig"))
                .when(new MarkApproved(ID, "route-1", V1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // meetings (meeting-service)

    @Test
    void anApprovedProposalIsPutOnAnAgenda() {
        fixture.given(drafted(), mainAdded(), submitted(), approved())
                .when(new MarkScheduled(ID, "meeting-1", DecidingBody.COLLEGE, MEETING_DATE, "item-1",
                        AgendaItemType.HAMMER_ITEM, V1))
                .expectEvents(onAgenda());
    }

    @Test
    void aProposalInSignOffCannotBeScheduled() {
        fixture.given(drafted(), mainAdded(), submitted())
                .when(new MarkScheduled(ID, "meeting-1", DecidingBody.COLLEGE, MEETING_DATE, "item-1",
                        AgendaItemType.HAMMER_ITEM, V1))
                .expectException(NotReadyForAgenda.class)
                .expectNoEvents();
    }

    @Test
    void aDecisionAsProposedIsFinal() {
        fixture.given(drafted(), mainAdded(), submitted(), approved(), onAgenda())
                .when(decision(DecisionOutcome.AS_PROPOSED, null))
                .expectEvents(decided(DecisionOutcome.AS_PROPOSED, null));
        fixture.given(drafted(), mainAdded(), submitted(), approved(), onAgenda(), decided(DecisionOutcome.AS_PROPOSED, null))
                .when(new MarkScheduled(ID, "meeting-2", DecidingBody.COLLEGE, MEETING_DATE, "item-2",
                        AgendaItemType.HAMMER_ITEM, V1))
                .expectException(NotReadyForAgenda.class)
                .expectNoEvents();
    }

    @Test
    void aPostponedProposalIsReadyToBeScheduledAgain() {
        fixture.given(drafted(), mainAdded(), submitted(), approved(), onAgenda(), decided(DecisionOutcome.POSTPONED, null))
                .when(new MarkScheduled(ID, "meeting-2", DecidingBody.COLLEGE, MEETING_DATE.plusWeeks(1), "item-9",
                        AgendaItemType.DEBATE_ITEM, V1))
                .expectEvents(new ProposalPutOnAgenda(ID, "meeting-2", DecidingBody.COLLEGE, MEETING_DATE.plusWeeks(1),
                        "item-9", AgendaItemType.DEBATE_ITEM, V1));
    }

    @Test
    void aCouncilProposalAdoptedByTheCollegeGoesOnToTheNextBody() {
        DecisionRecorded toCouncil = decided(DecisionOutcome.AS_PROPOSED, DecidingBody.COUNCIL);
        assertThat(toCouncil.resultingStatus()).isEqualTo(ProposalStatus.APPROVED);
        fixture.given(drafted(), mainAdded(), submitted(), approved(), onAgenda(), toCouncil)
                .when(new MarkScheduled(ID, "meeting-3", DecidingBody.COUNCIL, MEETING_DATE.plusWeeks(4), "item-1",
                        AgendaItemType.DEBATE_ITEM, V1))
                .expectEvents(new ProposalPutOnAgenda(ID, "meeting-3", DecidingBody.COUNCIL, MEETING_DATE.plusWeeks(4),
                        "item-1", AgendaItemType.DEBATE_ITEM, V1));
    }

    @Test
    void aProposalTakenOffTheAgendaIsReadyToBeScheduledAgain() {
        fixture.given(drafted(), mainAdded(), submitted(), approved(), onAgenda())
                .when(unscheduled("meeting-1", "item-1"))
                .expectEvents(new ProposalTakenOffAgenda(ID, "meeting-1", DecidingBody.COLLEGE, "item-1", "Vergadering vervalt"));
        fixture.given(drafted(), mainAdded(), submitted(), approved(), onAgenda(), takenOff())
                .when(new MarkScheduled(ID, "meeting-2", DecidingBody.COLLEGE, MEETING_DATE.plusWeeks(1), "item-4",
                        AgendaItemType.HAMMER_ITEM, V1))
                .expectEvents(new ProposalPutOnAgenda(ID, "meeting-2", DecidingBody.COLLEGE, MEETING_DATE.plusWeeks(1),
                        "item-4", AgendaItemType.HAMMER_ITEM, V1));
    }

    @Test
    void aWithdrawnProposalTakenOffTheAgendaStaysWithdrawn() {
        fixture.given(drafted(), mainAdded(), submitted(), approved(), onAgenda(), new ProposalWithdrawn(ID, AUTHOR, "Weg"))
                .when(unscheduled("meeting-1", "item-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void takingOffAnItemThatIsNoLongerTheProposalsChangesNothing() {
        ProposalPutOnAgenda moved = new ProposalPutOnAgenda(ID, "meeting-2", DecidingBody.COLLEGE, MEETING_DATE.plusWeeks(1),
                "item-4", AgendaItemType.HAMMER_ITEM, V1);
        fixture.given(drafted(), mainAdded(), submitted(), approved(), onAgenda(), moved)
                .when(unscheduled("meeting-1", "item-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(drafted(), mainAdded(), submitted(), approved(), onAgenda(), takenOff())
                .when(unscheduled("meeting-1", "item-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDecidedProposalCannotBeTakenOffTheAgenda() {
        fixture.given(drafted(), mainAdded(), submitted(), approved(), onAgenda(), decided(DecisionOutcome.AS_PROPOSED, null))
                .when(unscheduled("meeting-1", "item-1"))
                .expectException(NotOnAgenda.class)
                .expectNoEvents();
    }

    @Test
    void aRejectionIsFinalEvenWithANextBody() {
        assertThat(decided(DecisionOutcome.REJECTED, DecidingBody.COUNCIL).resultingStatus()).isEqualTo(ProposalStatus.DECIDED);
        assertThat(decided(DecisionOutcome.WITHDRAWN, null).resultingStatus()).isEqualTo(ProposalStatus.DECIDED);
    }

    @Test
    void aDecidedProposalCannotBeDecidedAgain() {
        fixture.given(drafted(), mainAdded(), submitted(), approved(), onAgenda(), decided(DecisionOutcome.AS_PROPOSED, null))
                .when(decision(DecisionOutcome.REJECTED, null))
                .expectException(NotOnAgenda.class)
                .expectNoEvents();
    }

    @Test
    void aDecisionOnAnotherVersionDoesNotApply() {
        fixture.given(drafted(), mainAdded(), submitted(), approved(), onAgenda())
                .when(new RecordDecision(ID, "decision-1", "meeting-1", DecidingBody.COLLEGE, DecisionOutcome.AS_PROPOSED,
                        ContentHash.sha256("other"), DECIDED_AT, null))
                .expectException(NotTheSubmittedVersion.class)
                .expectNoEvents();
    }

    // withdrawing

    @Test
    void theAuthorWithdrawsWithAReason() {
        fixture.given(drafted(), mainAdded(), submitted())
                .when(new WithdrawProposal(ID, "  Niet meer nodig ", ANNA))
                .expectEvents(new ProposalWithdrawn(ID, AUTHOR, "Niet meer nodig"));
    }

    @Test
    void aManagerOfTheDepartmentMayWithdraw() {
        fixture.given(drafted(), mainAdded(), submitted(), approved(), onAgenda())
                .when(new WithdrawProposal(ID, "Prioriteit vervallen", MARK))
                .expectEvents(new ProposalWithdrawn(ID, MANAGER, "Prioriteit vervallen"));
    }

    @Test
    void aManagerOfAnotherDepartmentMayNotWithdraw() {
        fixture.given(drafted())
                .when(new WithdrawProposal(ID, "Prioriteit vervallen",
                        Caller.of("olga.manager", "Olga", Set.of(Role.MANAGER), "Financiën")))
                .expectException(MayNotWithdraw.class)
                .expectNoEvents();
    }

    @Test
    void anotherAuthorMayNotWithdraw() {
        fixture.given(drafted())
                .when(new WithdrawProposal(ID, "Weg ermee", PIET))
                .expectException(MayNotWithdraw.class)
                .expectNoEvents();
    }

    @Test
    void aDecidedProposalCannotBeWithdrawn() {
        fixture.given(drafted(), mainAdded(), submitted(), approved(), onAgenda(), decided(DecisionOutcome.AS_PROPOSED, null))
                .when(new WithdrawProposal(ID, "Te laat", ANNA))
                .expectException(NotWithdrawable.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawalNeedsAReason() {
        fixture.given(drafted())
                .when(new WithdrawProposal(ID, " ", ANNA))
                .expectException(ReasonRequired.class)
                .expectNoEvents();
    }

    @Test
    void aManagerWhoIsAlsoAnAuthorWithdrawsAColleaguesProposalAsManager() {
        Caller asManager = TEAM_LEAD.actingAs(Role.MANAGER);
        fixture.given(drafted(), mainAdded(), submitted())
                .when(new WithdrawProposal(ID, "Prioriteit vervallen", asManager))
                .expectEvents(new ProposalWithdrawn(ID, asManager.actor(), "Prioriteit vervallen"));
    }

    @Test
    void aManagerActingAsAuthorMayNotWithdrawAColleaguesProposal() {
        fixture.given(drafted())
                .when(new WithdrawProposal(ID, "Weg ermee", TEAM_LEAD.actingAs(Role.AUTHOR)))
                .expectException(MayNotWithdraw.class)
                .expectNoEvents();
    }

    @Test
    void aManagerWhoseTokenNamesNoDepartmentMayNotWithdraw() {
        fixture.given(drafted())
                .when(new WithdrawProposal(ID, "Weg ermee",
                        Caller.of("nina.manager", "Nina", Set.of(Role.MANAGER), null)))
                .expectException(MayNotWithdraw.class)
                .expectNoEvents();
    }

    @Test
    void theAuthorActingInAnotherRoleIsNotTheAuthor() {
        Caller author = Caller.of("tom.teamleider", "Tom Teamleider", Set.of(Role.AUTHOR, Role.MANAGER), "Ruimte");
        fixture.given(new ProposalDrafted(ID, CONTENT, FIELDS, author.actingAs(Role.AUTHOR).actor()))
                .when(new ReviseProposal(ID, retitled("Nieuw"), null, author.actingAs(Role.MANAGER)))
                .expectException(NotTheAuthor.class)
                .expectNoEvents();
    }

    // size bounds (ADR 0026)

    @Test
    void aProposalHasAtMostTheConfiguredNumberOfAttachments() {
        fixture.given(drafted(), mainAdded(), new AttachmentAdded(ID, "annex-1", AttachmentKind.ANNEX, ANNEX, AUTHOR),
                        new AttachmentAdded(ID, "annex-2", AttachmentKind.ANNEX, ANNEX, AUTHOR))
                .when(new AddAttachment(ID, "annex-3", AttachmentKind.ANNEX, ANNEX, ANNA))
                .expectException(TooManyAttachments.class)
                .expectNoEvents();
    }

    @Test
    void aRemovedAttachmentMakesRoomForAnother() {
        fixture.given(drafted(), mainAdded(), new AttachmentAdded(ID, "annex-1", AttachmentKind.ANNEX, ANNEX, AUTHOR),
                        new AttachmentAdded(ID, "annex-2", AttachmentKind.ANNEX, ANNEX, AUTHOR),
                        new AttachmentRemoved(ID, "annex-1", AttachmentKind.ANNEX, AUTHOR))
                .when(new AddAttachment(ID, "annex-3", AttachmentKind.ANNEX, ANNEX, ANNA))
                .expectEvents(new AttachmentAdded(ID, "annex-3", AttachmentKind.ANNEX, ANNEX, AUTHOR));
    }

    @Test
    void aTitleLongerThanTheLimitIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DraftProposal(ID, retitled("x".repeat(ProposalLimits.TITLE + 1)), ANNA))
                .expectException(FieldTooLong.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("at most " + ProposalLimits.TITLE));
    }

    @Test
    void aRevisionPastAFieldLimitIsRefused() {
        ProposalContent longSummary = new ProposalContent(CONTENT.type(), CONTENT.title(),
                "x".repeat(ProposalLimits.SUMMARY + 1), CONTENT.portfolioHolder(), CONTENT.department(),
                CONTENT.confidentiality(), true, false, DecidingBody.COLLEGE, null, null, List.of());
        fixture.given(drafted())
                .when(new ReviseProposal(ID, longSummary, null, ANNA))
                .expectException(FieldTooLong.class)
                .expectNoEvents();
    }

    @Test
    void moreTagsThanTheLimitAreRefused() {
        List<String> tags = java.util.stream.IntStream.rangeClosed(0, ProposalLimits.TAGS).mapToObj(i -> "t" + i).toList();
        ProposalContent tagged = new ProposalContent(CONTENT.type(), CONTENT.title(), CONTENT.summary(),
                CONTENT.portfolioHolder(), CONTENT.department(), CONTENT.confidentiality(), true, false,
                DecidingBody.COLLEGE, null, null, tags);
        fixture.givenNoPriorActivity()
                .when(new DraftProposal(ID, tagged, ANNA))
                .expectException(FieldTooLong.class);
    }

    @Test
    void aFileNameLongerThanTheLimitIsRefused() {
        AttachmentFile longName = new AttachmentFile("x".repeat(ProposalLimits.FILE_NAME - 3) + ".pdf",
                "application/pdf", 10, ContentHash.sha256("lang"));
        fixture.given(drafted())
                .when(new AddAttachment(ID, "annex-1", AttachmentKind.ANNEX, longName, ANNA))
                .expectException(FieldTooLong.class);
        fixture.given(drafted(), mainAdded())
                .when(new ReplaceAttachment(ID, "main-1", longName, ANNA))
                .expectException(FieldTooLong.class);
    }

    @Test
    void aWithdrawalReasonLongerThanTheLimitIsRefused() {
        fixture.given(drafted())
                .when(new WithdrawProposal(ID, "x".repeat(ProposalLimits.REASON + 1), ANNA))
                .expectException(FieldTooLong.class)
                .expectNoEvents();
    }

    // who may see it (ADR 0017)

    @Test
    void theSeatsOfARouteAreRecordedOncePerRoute() {
        List<RouteSeat> seats = List.of(new RouteSeat(Role.MANAGER, "Ruimte"), new RouteSeat(Role.FINANCIAL_CONTROLLER, null));
        fixture.given(drafted(), mainAdded(), submitted())
                .when(new RecordRouteSeats(ID, "route-1", seats))
                .expectEvents(new RouteSeatsRecorded(ID, "route-1", seats));
        fixture.given(drafted(), mainAdded(), submitted(), new RouteSeatsRecorded(ID, "route-1", seats))
                .when(new RecordRouteSeats(ID, "route-1", seats))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aPersonNamedInTheRouteIsRecordedOnce() {
        fixture.given(drafted(), mainAdded(), submitted())
                .when(new NameInRoute(ID, "route-1", "fiona.financien"))
                .expectEvents(new NamedInRoute(ID, "route-1", "fiona.financien"));
        fixture.given(drafted(), mainAdded(), submitted(), new NamedInRoute(ID, "route-1", "fiona.financien"))
                .when(new NameInRoute(ID, "route-1", "fiona.financien"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
