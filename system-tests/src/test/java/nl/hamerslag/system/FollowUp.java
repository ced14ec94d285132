package nl.hamerslag.system;

import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.hamerslag.system.Dossier.as;
import static nl.hamerslag.system.Dossier.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The follow-up service through the gateway, as the griffie and the civil service use it. */
final class FollowUp {

    private final ApiClient gateway;

    FollowUp(ApiClient gateway) {
        this.gateway = gateway;
    }

    /** The items about the proposal, as the griffie sees them. */
    List<JsonNode> itemsAbout(String proposalId) {
        ApiResponse all = gateway.get("/api/followup/items", as(nl.hamerslag.contracts.Role.CLERK));
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        List<JsonNode> about = new ArrayList<>();
        all.json().forEach(item -> {
            if (item.hasNonNull("proposalId") && item.get("proposalId").asString().equals(proposalId)) {
                about.add(item);
            }
        });
        return about;
    }

    /** Waits until the proposal has an item of each kind; by kind. */
    Map<String, JsonNode> awaitItems(String proposalId, String... kinds) {
        Map<String, JsonNode> byKind = new HashMap<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            byKind.clear();
            itemsAbout(proposalId).forEach(item -> byKind.put(item.get("kind").asString(), item));
            assertThat(byKind).containsKeys(kinds);
        });
        return byKind;
    }

    ApiResponse proposeSettlement(String itemId, String fileName, byte[] content, String[] caller) {
        String boundary = "hamerslag-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return gateway.send(gateway.request("/api/followup/items/" + itemId + "/settlement",
                        with(caller, "Content-Type", "multipart/form-data; boundary=" + boundary))
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))));
    }
}
