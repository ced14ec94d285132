package nl.hamerslag.followup.web;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.followup.support.FollowupIntegrationTest;
import nl.hamerslag.followup.support.StreamFixtures;
import nl.hamerslag.followup.support.WebhookReceiver.Received;
import nl.hamerslag.followup.support.WebhookReceiver;
import nl.hamerslag.platform.visibility.ProposalAudiences;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static nl.hamerslag.followup.support.StreamFixtures.listRevised;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@FollowupIntegrationTest
class WebhookDeliveryIntegrationTest {

    private static final String CLERK = TestTokens.bearer(Role.CLERK);
    private static final String ADMIN = TestTokens.bearer(Role.ADMIN);

    @LocalServerPort
    int port;
    @Autowired
    EventGateway eventGateway;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ProposalAudiences audiences;

    ApiClient api;
    StreamFixtures fixtures;
    WebhookReceiver receiver;
    String run;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://localhost:" + port);
        fixtures = new StreamFixtures(eventGateway, transaction, audiences);
        run = UUID.randomUUID().toString();
    }

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void aDeliveryTheReceiverRefusesTwiceIsSignedEveryTimeAndDeliveredAtTheThirdAttempt() {
        receiver = new WebhookReceiver(2);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(randomBytes(32));
        String webhook = register(receiver.url(), secret, CLERK);

        fixtures.publish(fixtures.itemOpened(run));

        await().atMost(Duration.ofSeconds(30)).until(() -> ours().size() >= 3);
        List<Received> attempts = ours();
        assertThat(attempts).extracting(Received::answered).containsExactly(503, 503, 204);
        assertThat(attempts).extracting(Received::id).containsOnly(attempts.get(0).id());
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] key = base64.decode(secret.substring("whsec_".length()));
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.signature()).isEqualTo("v1," + hmac(key, attempt.id() + "." + attempt.timestamp() + "."
                    + attempt.body()));
            assertThat(Long.parseLong(attempt.timestamp())).isCloseTo(Instant.now().getEpochSecond(),
                    org.assertj.core.data.Offset.offset(60L));
        });
        JsonNode body = tools.jackson.databind.json.JsonMapper.builder().build().readTree(attempts.get(2).body());
        assertThat(body.get("type").asString()).isEqualTo("StandInItemOpened");
        assertThat(body.get("data").get("itemId").asString()).isEqualTo(run);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode delivery = deliveryOf(webhook, CLERK);
            assertThat(delivery.get("state").asString()).isEqualTo("DELIVERED");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
        });
    }

    @Test
    void aDeliveryThatFailsEveryAttemptIsDeadVisibleAndCanBeSentAgain() {
        receiver = new WebhookReceiver(Integer.MAX_VALUE);
        String webhook = register(receiver.url(), "a-shared-secret-of-the-griffie", CLERK);

        fixtures.publish(fixtures.itemOpened(run));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode delivery = deliveryOf(webhook, CLERK);
            assertThat(delivery.get("state").asString()).isEqualTo("DEAD");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
            assertThat(delivery.get("lastStatus").asInt()).isEqualTo(503);
        });
        assertThat(ours()).hasSize(3);

        receiver.failNext(0);
        String deliveryId = deliveryOf(webhook, CLERK).get("id").asString();
        ApiResponse resent = api.post("/api/followup/webhooks/" + webhook + "/deliveries/" + deliveryId + "/resend", null,
                "Authorization", CLERK);
        assertThat(resent.status()).as(resent.toString()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(deliveryOf(webhook, CLERK).get("state").asString()).isEqualTo("DELIVERED"));
        assertThat(ours()).extracting(Received::answered).containsExactly(503, 503, 503, 204);
    }

    @Test
    void aSubscriptionGetsOnlyWhatItsOwnerMaySee() {
        receiver = new WebhookReceiver(0);
        String webhook = register(receiver.url(), "the-administrators-secret-0", ADMIN);

        fixtures.publish(fixtures.itemOpened(run + "-about-a-proposal"), listRevised(run + "-list"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !ours().isEmpty());
        assertThat(ours()).hasSize(1);
        assertThat(ours().get(0).body()).contains(run + "-list").doesNotContain("about-a-proposal");
        assertThat(api.get("/api/followup/webhooks/" + webhook + "/deliveries", "Authorization", ADMIN).json()).hasSize(1);
    }

    @Test
    void theSecretIsNeverReturnedAndOnlyItsOwnerSeesAWebhook() {
        receiver = new WebhookReceiver(0);
        String secret = "never-to-be-seen-again-" + run;
        String webhook = register(receiver.url(), secret, CLERK);

        ApiResponse list = api.get("/api/followup/webhooks", "Authorization", CLERK);
        assertThat(list.body()).contains(webhook).doesNotContain(secret);
        String otherClerk = "Bearer " + TestTokens.forUser("gerda.griffie", "Gerda Griffie", null, Role.CLERK);
        assertThat(api.get("/api/followup/webhooks", "Authorization", otherClerk).body()).doesNotContain(webhook);
        assertThat(api.get("/api/followup/webhooks/" + webhook + "/deliveries", "Authorization", otherClerk).status())
                .isEqualTo(404);
        assertThat(api.send(api.request("/api/followup/webhooks/" + webhook, "Authorization", CLERK).DELETE()).status())
                .isEqualTo(204);
        assertThat(api.get("/api/followup/webhooks", "Authorization", CLERK).body()).doesNotContain(webhook);
    }

    private String register(String url, String secret, String bearer) {
        ApiResponse created = api.post("/api/followup/webhooks",
                "{\"url\":\"" + url + "\",\"secret\":\"" + secret + "\",\"description\":\"test " + run + "\"}",
                "Authorization", bearer);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(secret);
        return created.json().get("id").asString();
    }

    private JsonNode deliveryOf(String webhook, String bearer) {
        ApiResponse deliveries = api.get("/api/followup/webhooks/" + webhook + "/deliveries", "Authorization", bearer);
        assertThat(deliveries.status()).as(deliveries.toString()).isEqualTo(200);
        assertThat(deliveries.json().size()).isEqualTo(1);
        return deliveries.json().get(0);
    }

    private List<Received> ours() {
        return receiver.received().stream().filter(r -> r.body().contains(run)).toList();
    }

    private static String hmac(byte[] key, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
