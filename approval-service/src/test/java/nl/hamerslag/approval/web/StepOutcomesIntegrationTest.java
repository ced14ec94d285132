package nl.hamerslag.approval.web;

import nl.hamerslag.approval.support.ApprovalIntegrationTest;
import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.contracts.drafting.ProposalWithdrawn;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Refusal, resubmission, withdrawal, delegation, skip, inbox and statistics over HTTP, with every refusal. */
class StepOutcomesIntegrationTest extends ApprovalIntegrationTest {

    private static final String LOTTE = "Bearer " + TestTokens.forUser("lotte.leidinggevende", "Lotte Leidinggevende",
            "Ruimte", Role.MANAGER);

    @Test
    void aRefusalReturnsTheProposalAndAResubmissionOpensANewRouteWhileTheOldOneIsSuperseded() {
        ProposalSubmitted first = submission(true, false);
        ProposalId id = first.proposalId();
        JsonNode route = submitted(first);

        ApiResponse noReason = act(id, "manager", "refuse", Role.MANAGER, "{}");
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(act(id, "manager", "approve", Role.MANAGER, "{\"remarks\":\"Let op de planning.\"}").status()).isEqualTo(204);
        ApiResponse refused = act(id, "financial-controller", "refuse", Role.FINANCIAL_CONTROLLER,
                "{\"reason\":\"De dekking ontbreekt.\",\"version\":\"" + first.version() + "\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(204);

        JsonNode returned = awaitRoute(id, r -> r.get("status").asString().equals("RETURNED"));
        assertThat(step(returned, "financial-controller").get("state").asString()).isEqualTo("REFUSED");
        assertThat(step(returned, "financial-controller").get("reason").asString()).isEqualTo("De dekking ontbreekt.");
        assertThat(step(returned, "municipal-secretary").get("state").asString()).isEqualTo("CANCELLED");
        ApiResponse afterReturn = act(id, "municipal-secretary", "approve", Role.MUNICIPAL_SECRETARY, null);
        assertThat(afterReturn.status()).as("nothing is signed on a returned route").isEqualTo(409);

        JsonNode sentBack = json.readTree(awaitPublished(id, "ReturnedForRevision").value());
        assertThat(sentBack.get("remarks")).hasSize(2);
        assertThat(sentBack.get("remarks").get(0).get("text").asString()).isEqualTo("Let op de planning.");
        assertThat(sentBack.get("remarks").get(1).get("refusal").asBoolean()).isTrue();

        // the author resubmits unchanged content: a new submission event, the same version
        publish(first, UUID.randomUUID().toString(), null);
        JsonNode second = awaitRoute(id, r -> !r.get("routeId").asString().equals(route.get("routeId").asString()));
        assertThat(second.get("status").asString()).isEqualTo("OPEN");
        assertThat(step(second, "manager").get("state").asString()).isEqualTo("DUE");

        ApiResponse all = api.get("/api/approvals/routes/" + id + "?all=true", "Authorization", TestTokens.bearer(Role.AUTHOR));
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json()).hasSize(2);
        assertThat(all.json().get(0).get("routeId").asString()).isEqualTo(second.get("routeId").asString());
        assertThat(all.json().get(1).get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(all.json().get(1).get("closedReason").asString()).startsWith("resubmitted");
    }

    @Test
    void aWithdrawnProposalsRouteIsSupersededAndNothingCanBeSignedOnIt() {
        ProposalSubmitted submitted = submission(false, false);
        ProposalId id = submitted.proposalId();
        submitted(submitted);

        publish(new ProposalWithdrawn(id, new Actor("anna.steller", "Anna de Steller", Role.AUTHOR), "Niet meer nodig."),
                UUID.randomUUID().toString(), null);

        JsonNode route = awaitRoute(id, r -> r.get("status").asString().equals("SUPERSEDED"));
        assertThat(route.get("closedReason").asString()).isEqualTo("withdrawn");
        ApiResponse approve = act(id, "manager", "approve", Role.MANAGER, null);
        assertThat(approve.status()).as(approve.toString()).isEqualTo(409);
        assertThat(approve.contentType()).startsWith("application/problem+json");
        assertThat(json.readTree(awaitPublished(id, "RouteSuperseded").value()).get("reason").asString()).isEqualTo("withdrawn");
    }

    @Test
    void signingAnotherVersionThanTheRoutesIsAConflict() {
        ProposalSubmitted submitted = submission(false, false);
        submitted(submitted);

        ApiResponse stale = act(submitted.proposalId(), "manager", "approve", Role.MANAGER,
                "{\"version\":\"" + ContentHash.sha256("an older version") + "\"}");

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    }

    @Test
    void aDelegateSeesTheStepInTheirInboxAndSignsItAndTheSignatureNamesTheDelegator() {
        ProposalSubmitted submitted = submission(false, false);
        ProposalId id = submitted.proposalId();
        submitted(submitted);

        ApiResponse noDelegate = act(id, "manager", "delegate", Role.MANAGER, "{\"reason\":\"Verlof\"}");
        assertThat(noDelegate.status()).as(noDelegate.toString()).isEqualTo(400);
        ApiResponse withoutTheRole = act(id, "manager", "delegate", Role.MANAGER,
                "{\"delegateTo\":\"bas.bestuurssecretariaat\"}");
        assertThat(withoutTheRole.status()).as(withoutTheRole.toString()).isEqualTo(422);
        assertThat(withoutTheRole.contentType()).startsWith("application/problem+json");
        ApiResponse toTheAuthor = act(id, "manager", "delegate", Role.MANAGER, "{\"delegateTo\":\"anna.steller\"}");
        assertThat(toTheAuthor.status()).as("nobody takes over a step of their own proposal: " + toTheAuthor).isEqualTo(403);
        ApiResponse toAStranger = act(id, "manager", "delegate", Role.MANAGER, "{\"delegateTo\":\"nobody.known\"}");
        assertThat(toAStranger.status()).isEqualTo(422);
        ApiResponse notTheRole = act(id, "manager", "delegate", Role.AUTHOR, "{\"delegateTo\":\"lotte.leidinggevende\"}");
        assertThat(notTheRole.status()).isEqualTo(403);

        ApiResponse delegated = act(id, "manager", "delegate", Role.MANAGER,
                "{\"delegateTo\":\"lotte.leidinggevende\",\"reason\":\"Met verlof.\"}");
        assertThat(delegated.status()).as(delegated.toString()).isEqualTo(204);

        assertThat(inbox(LOTTE)).extracting(item -> item.get("proposalId").asString() + " " + item.get("stepId").asString()
                + " " + item.get("delegatedTo").asString()).contains(id + " manager Lotte Leidinggevende");
        ApiResponse signed = act(id, "manager", "approve", LOTTE, "{\"remarks\":\"Namens Mark.\"}");
        assertThat(signed.status()).as(signed.toString()).isEqualTo(204);

        JsonNode manager = step(awaitRoute(id, r -> step(r, "manager").get("state").asString().equals("APPROVED")), "manager");
        assertThat(manager.get("signedBy").get("subject").asString()).isEqualTo("lotte.leidinggevende");
        assertThat(manager.get("delegation").get("bySubject").asString()).isEqualTo("mark.leidinggevende");
        JsonNode event = json.readTree(awaitPublished(id, "StepApproved").value());
        assertThat(event.get("delegatedBy").asString()).isEqualTo("mark.leidinggevende");
        assertThat(event.get("signer").get("role").asString()).isEqualTo("MANAGER");
    }

    @Test
    void onlyTheSecretarySkipsAStepWithAReasonAndTheSkipIsVisible() {
        ProposalSubmitted submitted = submission(false, true);
        ProposalId id = submitted.proposalId();
        submitted(submitted);
        assertThat(act(id, "manager", "approve", Role.MANAGER, null).status()).isEqualTo(204);

        ApiResponse byTheManager = act(id, "legal-controller", "skip", Role.MANAGER, "{\"reason\":\"Haast.\"}");
        assertThat(byTheManager.status()).as(byTheManager.toString()).isEqualTo(403);
        ApiResponse noReason = act(id, "legal-controller", "skip", Role.MUNICIPAL_SECRETARY, "{\"reason\":\" \"}");
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        ApiResponse notYetDue = act(id, "municipal-secretary", "skip", Role.MUNICIPAL_SECRETARY, "{\"reason\":\"Haast.\"}");
        assertThat(notYetDue.status()).as(notYetDue.toString()).isEqualTo(409);
        ApiResponse skipped = act(id, "legal-controller", "skip", Role.MUNICIPAL_SECRETARY,
                "{\"reason\":\"Geen juridische risico's.\"}");
        assertThat(skipped.status()).as(skipped.toString()).isEqualTo(204);

        JsonNode route = awaitRoute(id, r -> step(r, "municipal-secretary").get("state").asString().equals("DUE"));
        JsonNode legal = step(route, "legal-controller");
        assertThat(legal.get("state").asString()).isEqualTo("SKIPPED");
        assertThat(legal.get("reason").asString()).isEqualTo("Geen juridische risico's.");
        assertThat(legal.get("signedBy").get("role").asString()).isEqualTo("MUNICIPAL_SECRETARY");
        assertThat(json.readTree(awaitPublished(id, "StepSkipped").value()).get("reason").asString())
                .isEqualTo("Geen juridische risico's.");
    }

    @Test
    void theInboxListsTheStepsWaitingForTheCallersRolesOldestFirstWithTheirDeadline() {
        ProposalSubmitted older = submission(false, false);
        ProposalSubmitted newer = submission(false, false);
        submitted(older);
        submitted(newer);

        List<JsonNode> managers = inbox(TestTokens.bearer(Role.MANAGER));
        List<String> mine = managers.stream().map(item -> item.get("proposalId").asString())
                .filter(p -> p.equals(older.proposalId().toString()) || p.equals(newer.proposalId().toString())).toList();
        assertThat(mine).containsExactly(older.proposalId().toString(), newer.proposalId().toString());
        JsonNode first = managers.stream().filter(i -> i.get("proposalId").asString().equals(older.proposalId().toString()))
                .findFirst().orElseThrow();
        assertThat(first.get("stepId").asString()).isEqualTo("manager");
        assertThat(Instant.parse(first.get("dueAt").asString())).isAfter(Instant.parse(first.get("dueSince").asString()));
        assertThat(first.get("overdue").asBoolean()).isFalse();
        assertThat(inbox(TestTokens.bearer(Role.LEGAL_CONTROLLER)))
                .noneMatch(item -> item.get("proposalId").asString().equals(older.proposalId().toString()));

        JsonNode due = json.readTree(awaitPublished(older.proposalId(), "StepDue").value());
        assertThat(due.get("stepId").asString()).isEqualTo("manager");
        assertThat(due.get("dueAt").isNull()).isFalse();
    }

    @Test
    void theOverdueListIsForTheSecretaryOnly() {
        ApiResponse manager = api.get("/api/approvals/overdue", "Authorization", TestTokens.bearer(Role.MANAGER));
        ApiResponse secretary = api.get("/api/approvals/overdue", "Authorization", TestTokens.bearer(Role.MUNICIPAL_SECRETARY));

        assertThat(manager.status()).isEqualTo(403);
        assertThat(manager.contentType()).startsWith("application/problem+json");
        assertThat(secretary.status()).as(secretary.toString()).isEqualTo(200);
        assertThat(secretary.json().isArray()).isTrue();
    }

    @Test
    void theStatisticsGiveLeadTimesPerStepRoleAndWhereRoutesWait() {
        ProposalSubmitted submitted = submission(true, false);
        submitted(submitted);
        assertThat(act(submitted.proposalId(), "manager", "approve", Role.MANAGER, null).status()).isEqualTo(204);

        LocalDate today = LocalDate.now();
        ApiResponse stats = api.get("/api/approvals/stats?from=" + today.minusDays(1) + "&to=" + today.plusDays(1),
                "Authorization", TestTokens.bearer(Role.AUDITOR));

        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        List<String> leadRoles = new ArrayList<>();
        stats.json().get("leadTimes").forEach(l -> leadRoles.add(l.get("role").asString()));
        assertThat(leadRoles).contains("MANAGER");
        JsonNode managerLead = find(stats.json().get("leadTimes"), "MANAGER");
        assertThat(managerLead.get("steps").asLong()).isPositive();
        assertThat(managerLead.get("median").asString()).startsWith("PT");
        assertThat(find(stats.json().get("waiting"), "FINANCIAL_CONTROLLER").get("routes").asLong()).isPositive();

        ApiResponse backwards = api.get("/api/approvals/stats?from=2026-03-10&to=2026-03-01",
                "Authorization", TestTokens.bearer(Role.AUDITOR));
        assertThat(backwards.status()).isEqualTo(400);
        ApiResponse notADate = api.get("/api/approvals/stats?from=yesterday", "Authorization", TestTokens.bearer(Role.AUDITOR));
        assertThat(notADate.status()).isEqualTo(400);
    }

    // --- helpers

    private List<JsonNode> inbox(String bearer) {
        ApiResponse inbox = api.get("/api/approvals/inbox", "Authorization", bearer);
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        inbox.json().forEach(items::add);
        return items;
    }

    private static JsonNode find(JsonNode list, String role) {
        for (JsonNode item : list) {
            if (item.get("role").asString().equals(role)) {
                return item;
            }
        }
        throw new AssertionError("no " + role + " in " + list);
    }
}
