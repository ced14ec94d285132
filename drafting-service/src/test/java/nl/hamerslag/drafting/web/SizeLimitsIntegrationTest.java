package nl.hamerslag.drafting.web;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.drafting.command.ProposalLimits;
import nl.hamerslag.drafting.support.DraftingApi;
import nl.hamerslag.drafting.support.DraftingIntegrationTest;
import nl.hamerslag.drafting.support.Files;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;

import static nl.hamerslag.drafting.support.DraftingApi.as;
import static org.assertj.core.api.Assertions.assertThat;

/** At a size bound (ADR 0026) the caller gets a problem that says the limit, never an event too large to relay. */
@DraftingIntegrationTest
class SizeLimitsIntegrationTest {

    @LocalServerPort
    int port;

    DraftingApi api;

    @BeforeEach
    void setUp() {
        api = new DraftingApi(port);
    }

    @Test
    void aTitleOverTheLimitIs400NamingTheFieldAndTheLimit() {
        ApiResponse refused = api.draft(DraftingApi.VALID.replace("Herinrichting Marktplein",
                "x".repeat(ProposalLimits.TITLE + 1)), as(Role.AUTHOR));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("title", "at most " + ProposalLimits.TITLE);
    }

    @Test
    void aWithdrawalReasonOverTheLimitIs400() {
        ApiResponse refused = api.withdraw(api.drafted(), "x".repeat(ProposalLimits.REASON + 1), as(Role.AUTHOR));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("reason", "at most " + ProposalLimits.REASON);
    }

    @Test
    void theAttachmentAfterTheLastAllowedIs422SayingHowManyAProposalMayHave() {
        String id = api.drafted();
        for (int i = 0; i < DraftingIntegrationTest.MAX_ATTACHMENTS; i++) {
            byte[] text = ("Bijlage " + i + " van " + id).getBytes(StandardCharsets.UTF_8);
            ApiResponse added = api.upload(id, i == 0 ? "MAIN" : "ANNEX", "bijlage-" + i + ".txt", "text/plain", text,
                    as(Role.AUTHOR));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
        }

        ApiResponse refused = api.upload(id, "ANNEX", "een-te-veel.png", "image/png", Files.PNG, as(Role.AUTHOR));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains(DraftingIntegrationTest.MAX_ATTACHMENTS + " attachments");
        assertThat(api.get("/api/proposals/" + id + "/attachments", as(Role.AUTHOR)).json().size())
                .isEqualTo(DraftingIntegrationTest.MAX_ATTACHMENTS);
    }
}
