package nl.hamerslag.platform.visibility;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.platform.identity.Caller;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AudienceTest {

    private static final Audience GEHEIM = new Audience(Confidentiality.GEHEIM, "anna.steller", "Ruimte",
            DecidingBody.COLLEGE, List.of(), Set.of());

    private static Caller caller(String subject, Role role, String department) {
        return Caller.of(subject, subject, Set.of(role), department);
    }

    @Nested
    class Openbaar {
        @Test
        void everyoneSignedInMaySeeAnOpenbaarProposal() {
            Audience open = GEHEIM.withConfidentiality(Confidentiality.OPENBAAR);
            assertThat(open.admits(caller("ria.raadslid", Role.COUNCIL_MEMBER, "Raad"))).isTrue();
        }
    }

    @Nested
    class BelowVertrouwelijk {
        private final Audience intern = GEHEIM.withConfidentiality(Confidentiality.INTERN);

        @Test
        void everyInternalRoleMaySeeAnInternProposal() {
            assertThat(intern.admits(caller("evert.eindredacteur", Role.FINAL_EDITOR, "Communicatie"))).isTrue();
        }

        @Test
        void aCouncilMemberMayNotSeeAnInternCollegeProposal() {
            assertThat(intern.admits(caller("ria.raadslid", Role.COUNCIL_MEMBER, "Raad"))).isFalse();
        }
    }

    @Nested
    class VertrouwelijkAndAbove {
        @Test
        void theAuthorSeesTheirOwnProposal() {
            assertThat(GEHEIM.admits(caller("anna.steller", Role.AUTHOR, "Ruimte"))).isTrue();
        }

        @Test
        void anotherAuthorOfTheSameDepartmentDoesNot() {
            assertThat(GEHEIM.admits(caller("piet.steller", Role.AUTHOR, "Ruimte"))).isFalse();
        }

        @Test
        void aManagerOfTheProposalsDepartmentSeesIt() {
            assertThat(GEHEIM.admits(caller("mark.leidinggevende", Role.MANAGER, "Ruimte"))).isTrue();
        }

        @Test
        void aManagerOfAnotherDepartmentDoesNot() {
            assertThat(GEHEIM.admits(caller("mehmet.manager", Role.MANAGER, "Sociaal Domein"))).isFalse();
        }

        @Test
        void aManagerWhoseTokenNamesNoDepartmentDoesNotFailClosed() {
            assertThat(GEHEIM.admits(caller("x.manager", Role.MANAGER, null))).isFalse();
        }

        @Test
        void aControllerSeesItOnlyWhenTheRouteHasTheirStep() {
            Caller fiona = caller("fiona.financien", Role.FINANCIAL_CONTROLLER, "Financiën");
            assertThat(GEHEIM.admits(fiona)).isFalse();

            Audience routed = GEHEIM.withRoute(route(new RouteOpened.Step("financial-controller", Role.FINANCIAL_CONTROLLER)));
            assertThat(routed.admits(fiona)).isTrue();
            assertThat(routed.admits(caller("jeroen.jurist", Role.LEGAL_CONTROLLER, "Juridische Zaken"))).isFalse();
        }

        @Test
        void aSeatThatNamesADepartmentAdmitsOnlyThatDepartmentsHolders() {
            Audience routed = GEHEIM.withRoute(route(new RouteOpened.Step("manager", Role.MANAGER, "Ruimte")));
            assertThat(routed.admits(caller("mehmet.manager", Role.MANAGER, "Sociaal Domein"))).isFalse();
        }

        @Test
        void aNamedDelegateSeesIt() {
            Caller delegate = caller("kees.vervanger", Role.AUTHOR, "Ruimte");
            assertThat(GEHEIM.withNamed(List.of("kees.vervanger")).admits(delegate)).isTrue();
        }

        @Test
        void theSecretaryAndAuditorsSeeIt() {
            assertThat(GEHEIM.admits(caller("sanne.secretaris", Role.MUNICIPAL_SECRETARY, "Directie"))).isTrue();
            assertThat(GEHEIM.admits(caller("aart.auditor", Role.AUDITOR, "Concerncontrol"))).isTrue();
        }

        @Test
        void theDecidingBodySeesItButNotAnotherBody() {
            assertThat(GEHEIM.admits(caller("wim.wethouder", Role.COLLEGE_MEMBER, "College"))).isTrue();
            assertThat(GEHEIM.admits(caller("ria.raadslid", Role.COUNCIL_MEMBER, "Raad"))).isFalse();

            Audience council = new Audience(Confidentiality.GEHEIM, "anna.steller", "Ruimte", DecidingBody.COUNCIL,
                    List.of(), Set.of());
            assertThat(council.admits(caller("ria.raadslid", Role.COUNCIL_MEMBER, "Raad"))).isTrue();
        }

        @Test
        void holdingARoleIsNotEnoughForTheFinalEditor() {
            assertThat(GEHEIM.admits(caller("evert.eindredacteur", Role.FINAL_EDITOR, "Communicatie"))).isFalse();
        }
    }

    private static RouteOpened route(RouteOpened.Step step) {
        return new RouteOpened(ProposalId.newId(), "route-1", ContentHash.sha256("v1"),
                List.of(new RouteOpened.Stage(1, List.of(step))));
    }
}
