package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.drafting.command.DraftingCommands.DraftProposal;
import nl.hamerslag.drafting.command.DraftingCommands.MarkApproved;
import nl.hamerslag.drafting.command.DraftingCommands.SubmitProposal;
import nl.hamerslag.drafting.command.ProposalRefusals.ApprovalOfAnotherVersion;
import nl.hamerslag.drafting.command.ProposalRefusals.NotInSignOff;
import nl.hamerslag.drafting.command.ProposalRefusals.NotTheAuthor;
import nl.hamerslag.drafting.command.ProposalRefusals.ProposalNotSubmittable;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalTest {

    private static final ProposalId ID = ProposalId.newId();
    private static final Actor AUTHOR = new Actor("anna.steller", "Anna de Steller", Role.AUTHOR);
    private static final Actor OTHER_AUTHOR = new Actor("piet.steller", "Piet Steller", Role.AUTHOR);
    private static final ProposalContent CONTENT = new ProposalContent(ProposalType.COLLEGE_PROPOSAL,
            "Herinrichting Marktplein", "Het plein wordt groener.", "Wethouder Ruimte", "Ruimte",
            Confidentiality.OPENBAAR, true, false, DecidingBody.COLLEGE);
    private static final ContentHash FIELDS = CONTENT.version();
    private static final Manifest MANIFEST = new Manifest(FIELDS, List.of());
    private static final ContentHash V1 = MANIFEST.version();

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Proposal.class);
    }

    private static ProposalDrafted drafted() {
        return new ProposalDrafted(ID, CONTENT, FIELDS, AUTHOR);
    }

    private static ProposalSubmitted submitted() {
        return new ProposalSubmitted(ID, V1, CONTENT.type(), CONTENT.title(), CONTENT.department(),
                CONTENT.portfolioHolder(), CONTENT.confidentiality(), true, false, DecidingBody.COLLEGE, AUTHOR.subject(),
                MANIFEST);
    }

    @Test
    void draftingAProposalRecordsItsContentVersionAndAuthor() {
        fixture.givenNoPriorActivity()
                .when(new DraftProposal(ID, CONTENT, AUTHOR))
                .expectEvents(drafted());
    }

    @Test
    void theVersionIsTheHashOfTheContentSoEqualContentHasEqualVersions() {
        ProposalContent same = new ProposalContent(CONTENT.type(), CONTENT.title(), CONTENT.summary(),
                CONTENT.portfolioHolder(), CONTENT.department(), CONTENT.confidentiality(), true, false, DecidingBody.COLLEGE);
        ProposalContent other = new ProposalContent(CONTENT.type(), "Andere titel", CONTENT.summary(),
                CONTENT.portfolioHolder(), CONTENT.department(), CONTENT.confidentiality(), true, false, DecidingBody.COLLEGE);
        assertThat(same.version()).isEqualTo(FIELDS);
        assertThat(other.version()).isNotEqualTo(FIELDS);
    }

    @Test
    void theAuthorSubmitsADraftFreezingItsVersionAndFlags() {
        fixture.given(drafted())
                .when(new SubmitProposal(ID, AUTHOR))
                .expectEvents(submitted());
    }

    @Test
    void onlyTheAuthorMaySubmit() {
        fixture.given(drafted())
                .when(new SubmitProposal(ID, OTHER_AUTHOR))
                .expectException(NotTheAuthor.class)
                .expectNoEvents();
    }

    @Test
    void aSubmittedProposalCannotBeSubmittedAgain() {
        fixture.given(drafted(), submitted())
                .when(new SubmitProposal(ID, AUTHOR))
                .expectException(ProposalNotSubmittable.class)
                .expectNoEvents();
    }

    @Test
    void aCompletedRouteForTheSubmittedVersionApprovesTheProposal() {
        fixture.given(drafted(), submitted())
                .when(new MarkApproved(ID, "route-1", V1))
                .expectEvents(new ProposalApproved(ID, "route-1", V1));
    }

    @Test
    void aCompletedRouteForAnotherVersionDoesNotApprove() {
        ContentHash other = ContentHash.sha256("another version");
        fixture.given(drafted(), submitted())
                .when(new MarkApproved(ID, "route-0", other))
                .expectException(ApprovalOfAnotherVersion.class)
                .expectNoEvents();
    }

    @Test
    void aDraftThatWasNeverSubmittedCannotBeApproved() {
        fixture.given(drafted())
                .when(new MarkApproved(ID, "route-1", V1))
                .expectException(NotInSignOff.class)
                .expectNoEvents();
    }
}
