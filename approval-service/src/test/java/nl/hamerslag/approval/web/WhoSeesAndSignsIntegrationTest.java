package nl.hamerslag.approval.web;

import nl.hamerslag.approval.support.ApprovalIntegrationTest;
import nl.hamerslag.approval.support.ApprovalTokens;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see a proposal's route (docs/decisions/0017), who may sign its steps (the proposal's own
 * department, never its author), and which role the audit trail records, over HTTP.
 */
class WhoSeesAndSignsIntegrationTest extends ApprovalIntegrationTest {

    private static final String COUNCIL_MEMBER = TestTokens.bearer(Role.COUNCIL_MEMBER);
    private static final String FINAL_EDITOR = TestTokens.bearer(Role.FINAL_EDITOR);
    private static final String FINANCIAL_CONTROLLER = TestTokens.bearer(Role.FINANCIAL_CONTROLLER);

    @Test
    void whoeverMayNotSeeAGeheimProposalGetsNotFoundOnItsRouteItsHistoryAndItsSteps() {
        ProposalSubmitted geheim = submission(false, false, Confidentiality.GEHEIM);
        ProposalId id = geheim.proposalId();
        submitted(geheim);

        for (String outsider : List.of(COUNCIL_MEMBER, FINAL_EDITOR)) {
            assertThat(api.get("/api/approvals/routes/" + id, "Authorization", outsider).status()).isEqualTo(404);
            assertThat(api.get("/api/approvals/routes/" + id + "?all=true", "Authorization", outsider).status())
                    .isEqualTo(404);
            ApiResponse action = act(id, "manager", "approve", outsider, null);
            assertThat(action.status()).as("an action on a hidden route is 404, not 403: " + action).isEqualTo(404);
            assertThat(act(id, "manager", "refuse", outsider, "{\"reason\":\"Nee.\"}").status()).isEqualTo(404);
        }
        assertThat(api.get("/api/approvals/routes/" + id, "Authorization", TestTokens.bearer(Role.MANAGER)).status())
                .as("the manager of the proposal's department is in its circle").isEqualTo(200);
        assertThat(api.get("/api/approvals/routes/" + id, "Authorization", FINANCIAL_CONTROLLER).status())
                .as("a route without a financial step has no seat for the financial controller").isEqualTo(404);
    }

    @Test
    void aFinancialControllerSeesAGeheimProposalOnlyWhenItsRouteHasAFinancialStep() {
        ProposalSubmitted withMoney = submission(true, false, Confidentiality.GEHEIM);
        submitted(withMoney);

        ApiResponse route = api.get("/api/approvals/routes/" + withMoney.proposalId(), "Authorization", FINANCIAL_CONTROLLER);
        assertThat(route.status()).as(route.toString()).isEqualTo(200);
    }

    @Test
    void theInboxListsNoStepOfAProposalTheCallerMayNotSee() {
        ProposalSubmitted geheim = submission(false, false, Confidentiality.GEHEIM);
        ProposalSubmitted openbaar = submission(false, false, Confidentiality.OPENBAAR);
        submitted(geheim);
        submitted(openbaar);
        // the people directory makes Mark the manager of Ruimte, so his inbox has Ruimte's manager steps;
        // this token of his holds no manager role, so a geheim proposal is not his to see
        String markAsAuthor = ApprovalTokens.bearer("mark.leidinggevende", "Mark Leidinggevende", "Ruimte", Role.AUTHOR);
        String managerOfNoDepartment = ApprovalTokens.bearer("mila.manager", "Mila Manager", null, Role.MANAGER);

        assertThat(proposals(inbox(markAsAuthor))).contains(openbaar.proposalId().toString())
                .doesNotContain(geheim.proposalId().toString());
        assertThat(proposals(inbox(managerOfNoDepartment)))
                .as("a department check fails closed: no department, no department's steps")
                .doesNotContain(geheim.proposalId().toString(), openbaar.proposalId().toString());
        assertThat(proposals(inbox(TestTokens.bearer(Role.MANAGER))))
                .contains(geheim.proposalId().toString(), openbaar.proposalId().toString());
    }

    @Test
    void onlyRoutesTheCallerMaySeeCountInTheStatistics() {
        long councilBefore = waitingForManager(COUNCIL_MEMBER);
        long authorBefore = waitingForManager(TestTokens.bearer(Role.AUTHOR));

        submitted(submission(false, false, Confidentiality.GEHEIM));

        assertThat(waitingForManager(COUNCIL_MEMBER)).isEqualTo(councilBefore);
        assertThat(waitingForManager(TestTokens.bearer(Role.AUTHOR))).isEqualTo(authorBefore + 1);
    }

    @Test
    void aDayOutsideTheCalendarIsABadRequestAndTheStatisticsStillWork() {
        ApiResponse far = api.get("/api/approvals/stats?to=+999999999-12-31", "Authorization", TestTokens.bearer(Role.AUTHOR));
        assertThat(far.status()).as(far.toString()).isEqualTo(400);
        assertThat(far.contentType()).startsWith("application/problem+json");
        ApiResponse early = api.get("/api/approvals/stats?from=-999999999-01-01", "Authorization", TestTokens.bearer(Role.AUTHOR));
        assertThat(early.status()).as(early.toString()).isEqualTo(400);
        ApiResponse stats = api.get("/api/approvals/stats?from=2026-01-01&to=2026-12-31", "Authorization",
                TestTokens.bearer(Role.AUTHOR));
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
    }

    @Test
    void aManagerOfAnotherDepartmentOrOfNoneDoesNotSignTheManagerStepAndTheAttemptIsRecorded() {
        ProposalSubmitted submitted = submission(false, false, Confidentiality.OPENBAAR);
        ProposalId id = submitted.proposalId();
        String routeId = submitted(submitted).get("routeId").asString();

        ApiResponse fiona = act(id, "manager", "approve",
                ApprovalTokens.bearer("fiona.financien", "Fiona Financiën", "Financiën", Role.MANAGER), null);
        ApiResponse noDepartment = act(id, "manager", "approve",
                ApprovalTokens.bearer("mila.manager", "Mila Manager", null, Role.MANAGER), null);

        assertThat(fiona.status()).as(fiona.toString()).isEqualTo(403);
        assertThat(fiona.contentType()).startsWith("application/problem+json");
        assertThat(noDepartment.status()).as(noDepartment.toString()).isEqualTo(403);
        assertThat(refusalsRecorded(routeId, "NotTheStepsDepartment")).containsExactlyInAnyOrder("fiona.financien", "mila.manager");
        assertThat(step(awaitRoute(id, r -> true), "manager").get("state").asString()).isEqualTo("DUE");
    }

    @Test
    void theAuthorDoesNotSignAStepOfTheirOwnProposalInAnyRoleAndTheAttemptIsRecorded() {
        ProposalSubmitted submitted = submission(false, false, Confidentiality.OPENBAAR);
        ProposalId id = submitted.proposalId();
        String routeId = submitted(submitted).get("routeId").asString();

        ApiResponse own = act(id, "manager", "approve",
                ApprovalTokens.bearer("anna.steller", "Anna de Steller", "Ruimte", Role.AUTHOR, Role.MANAGER), null);

        assertThat(own.status()).as(own.toString()).isEqualTo(403);
        assertThat(own.contentType()).startsWith("application/problem+json");
        assertThat(refusalsRecorded(routeId, "NoSignOffOnOwnProposal")).containsExactly("anna.steller");
        assertThat(step(awaitRoute(id, r -> true), "manager").get("state").asString()).isEqualTo("DUE");
    }

    @Test
    void aSignerWithTwoRolesIsRecordedInTheRoleOfTheStepInTheEventStoreAndOnKafka() {
        ProposalSubmitted submitted = submission(false, false, Confidentiality.OPENBAAR);
        ProposalId id = submitted.proposalId();
        String routeId = submitted(submitted).get("routeId").asString();

        ApiResponse signed = act(id, "manager", "approve",
                ApprovalTokens.bearer("mark.leidinggevende", "Mark Leidinggevende", "Ruimte", Role.AUTHOR, Role.MANAGER),
                null);

        assertThat(signed.status()).as(signed.toString()).isEqualTo(204);
        assertThat(jdbc.queryForObject("""
                select convert_from(meta_data, 'UTF8')::json ->> 'actorRole' from domain_event_entry
                 where aggregate_identifier = ? and payload_type like '%StepApproved'""", String.class, routeId))
                .isEqualTo("MANAGER");
        ConsumerRecord<String, byte[]> relayed = awaitPublished(id, "StepApproved");
        assertThat(header(relayed, EventHeaders.ACTOR_ROLE)).isEqualTo("MANAGER");
        assertThat(header(relayed, EventHeaders.ACTOR_SUBJECT)).isEqualTo("mark.leidinggevende");
    }

    private List<String> refusalsRecorded(String routeId, String rule) {
        return jdbc.queryForList("""
                select convert_from(payload, 'UTF8')::json -> 'by' ->> 'subject' from domain_event_entry
                 where aggregate_identifier = ? and payload_type like '%SignOffRefused'
                   and convert_from(payload, 'UTF8')::json ->> 'rule' = ?""", String.class, routeId, rule);
    }

    private static List<String> proposals(List<JsonNode> items) {
        return items.stream().map(item -> item.get("proposalId").asString()).toList();
    }

    private long waitingForManager(String bearer) {
        ApiResponse stats = api.get("/api/approvals/stats", "Authorization", bearer);
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        for (JsonNode waiting : stats.json().get("waiting")) {
            if (waiting.get("role").asString().equals("MANAGER")) {
                return waiting.get("routes").asLong();
            }
        }
        return 0;
    }

    private List<JsonNode> inbox(String bearer) {
        ApiResponse inbox = api.get("/api/approvals/inbox", "Authorization", bearer);
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        inbox.json().forEach(items::add);
        return items;
    }
}
