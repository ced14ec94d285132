package nl.hamerslag.platform.parking;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.testapp.PickyListener;
import nl.hamerslag.platform.testapp.TallyApi;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record that can never be handled as it is is parked, the later records of its proposal wait
 * behind it in order, and an ADMIN retries or resolves it (an audit event), which releases them.
 */
@HamerslagIntegrationTest
class ParkingIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    PickyListener picky;
    @Autowired
    JdbcTemplate jdbc;

    TallyApi api;

    @BeforeEach
    void setUp() {
        api = new TallyApi(port);
    }

    @Test
    void aRefusedRecordIsParkedWithTheLaterOnesOfItsProposalBehindItUntilAnAdminRetriesIt() {
        String tally = api.create("parked");
        picky.refuse(tally);
        api.count(tally);
        api.count(tally);
        api.count(tally);
        String key = proposalOf(tally);

        List<JsonNode> line = awaitParked(key, 3);
        assertThat(line).extracting(r -> r.get("state").asString()).containsExactly("PARKED", "WAITING", "WAITING");
        assertThat(line.get(0).get("eventType").asString()).isEqualTo("TallyCounted");
        assertThat(line.get(0).get("consumerGroup").asString()).isEqualTo(PickyListener.GROUP);
        assertThat(line.get(0).get("error").asString()).contains("refused by the picky consumer");
        assertThat(picky.applied(tally)).as("nothing of this proposal is applied past the parked record").isEmpty();
        String head = line.get(0).get("id").asString();

        ApiResponse stillRefused = admin("/api/admin/parked/" + head + "/retry", null);
        assertThat(stillRefused.status()).as(stillRefused.toString()).isEqualTo(200);
        assertThat(stillRefused.json().get("record").get("state").asString()).isEqualTo("PARKED");
        assertThat(stillRefused.json().get("released")).isEmpty();
        assertThat(picky.applied(tally)).isEmpty();

        picky.accept(tally);
        ApiResponse retried = admin("/api/admin/parked/" + head + "/retry", null);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("record").get("state").asString()).isEqualTo("APPLIED");
        assertThat(retried.json().get("released")).extracting(r -> r.get("state").asString())
                .containsExactly("APPLIED", "APPLIED");
        assertThat(picky.applied(tally)).containsExactly(1, 2, 3);
        assertThat(parked(key)).isEmpty();

        api.count(tally);
        await().atMost(PATIENCE).until(() -> picky.applied(tally).size() == 4);
        assertThat(picky.applied(tally)).containsExactly(1, 2, 3, 4);

        assertThat(audit(head, "ParkedRecordRetried")).hasSize(2)
                .allSatisfy(metaData -> assertThat(metaData).contains("ada.beheer"));
    }

    @Test
    void aResolvedRecordIsNeverAppliedAndTheOnesBehindItAreWithTheReasonAudited() {
        String tally = api.create("resolved");
        picky.refuse(tally);
        api.count(tally);
        api.count(tally);
        String key = proposalOf(tally);
        List<JsonNode> line = awaitParked(key, 2);
        String head = line.get(0).get("id").asString();
        String waiting = line.get(1).get("id").asString();
        picky.accept(tally);

        ApiResponse noReason = admin("/api/admin/parked/" + head + "/resolve", "{}");
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        ApiResponse notAtHead = admin("/api/admin/parked/" + waiting + "/resolve", "{\"reason\":\"not this one\"}");
        assertThat(notAtHead.status()).as(notAtHead.toString()).isEqualTo(409);

        ApiResponse resolved = admin("/api/admin/parked/" + head + "/resolve",
                "{\"reason\":\"telling fout in drafting, handmatig hersteld\"}");
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.json().get("record").get("state").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.json().get("released")).extracting(r -> r.get("state").asString()).containsExactly("APPLIED");
        assertThat(picky.applied(tally)).as("the resolved record is set aside, the one behind it applied").containsExactly(2);
        assertThat(audit(head, "ParkedRecordResolved")).hasSize(1)
                .allSatisfy(metaData -> assertThat(metaData).contains("ada.beheer"));
        String payload = jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ?", String.class, head);
        assertThat(payload).contains("telling fout in drafting");
    }

    @Test
    void onlyAnAdminSeesParkedRecordsAndAnUnknownOneIsNotFound() {
        ApiResponse author = api.client().get("/api/admin/parked", "Authorization", TestTokens.bearer(Role.AUTHOR));
        assertThat(author.status()).isEqualTo(403);
        assertThat(author.contentType()).startsWith("application/problem+json");
        ApiResponse authorRetry = api.client().post("/api/admin/parked/" + UUID.randomUUID() + "/retry", null,
                "Authorization", TestTokens.bearer(Role.AUTHOR));
        assertThat(authorRetry.status()).isEqualTo(403);

        ApiResponse unknown = admin("/api/admin/parked/" + UUID.randomUUID() + "/retry", null);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    private ApiResponse admin(String path, String body) {
        return api.client().post(path, body, "Authorization", TestTokens.bearer(Role.ADMIN));
    }

    private List<JsonNode> awaitParked(String key, int count) {
        await().atMost(PATIENCE).until(() -> parked(key).size() == count);
        return parked(key);
    }

    private List<JsonNode> parked(String key) {
        ApiResponse response = api.client().get("/api/admin/parked", "Authorization", TestTokens.bearer(Role.ADMIN));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> mine = new ArrayList<>();
        response.json().forEach(r -> {
            if (key.equals(r.get("key").asString())) {
                mine.add(r);
            }
        });
        return mine;
    }

    private String proposalOf(String tallyId) {
        return jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::json ->> 'proposalId' from domain_event_entry
                 where aggregate_identifier = ? and sequence_number = 0""", String.class, tallyId);
    }

    private List<String> audit(String parkedRecordId, String type) {
        return jdbc.queryForList("select convert_from(meta_data, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ? and payload_type like ? order by sequence_number", String.class,
                parkedRecordId, "%" + type);
    }
}
