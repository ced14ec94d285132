package nl.hamerslag.platform.idempotency;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency-Key on the real parts: the test app's counted effects, its PostgreSQL, its security. */
@HamerslagIntegrationTest
class IdempotencyIntegrationTest {

    private static final String JSON = "application/json";
    private static final int ONE_MEGABYTE = 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Nested
    class TheBodyIsBoundedBeforeItIsBuffered {

        @Test
        void aBodyOverTheLimitIs413AndNothingIsDoneOrKept() {
            String name = newName();
            String key = newKey();

            ApiResponse response = send("/api/effects/" + name, bearer(), key, JSON,
                    HttpRequest.BodyPublishers.ofString(jsonOf(ONE_MEGABYTE + 1)));

            assertThat(response.status()).as(response.toString()).isEqualTo(413);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).contains("Idempotency-Key");
            assertThat(effects(name)).isEmpty();
            assertThat(keptRows(key)).isZero();
        }

        @Test
        void aChunkedBodyWithoutALengthIsStoppedWhileItIsRead() {
            String name = newName();
            String key = newKey();
            byte[] big = jsonOf(ONE_MEGABYTE + 1).getBytes();

            ApiResponse response = send("/api/effects/" + name, bearer(), key, JSON,
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));

            assertThat(response.status()).as(response.toString()).isEqualTo(413);
            assertThat(effects(name)).isEmpty();
            assertThat(keptRows(key)).isZero();
        }

        @Test
        void withoutATokenALargeBodyIs401BeforeAnythingIsRead() {
            ApiResponse response = send("/api/effects/" + newName(), null, newKey(), JSON,
                    HttpRequest.BodyPublishers.ofString(jsonOf(ONE_MEGABYTE + 1)));

            assertThat(response.status()).isEqualTo(401);
        }
    }

    @Nested
    class TheSameKeyForAnotherRequestIs422 {

        @Test
        void anotherQueryString() {
            String name = newName();
            String key = newKey();
            ApiResponse first = post("/api/effects/" + name + "?copy=1", "{}", key);

            ApiResponse other = post("/api/effects/" + name + "?copy=2", "{}", key);

            assertThat(first.status()).isEqualTo(201);
            assertThat(other.status()).as(other.toString()).isEqualTo(422);
            assertThat(other.json().get("detail").asString()).contains("use a new key");
            assertThat(effects(name)).hasSize(1);
        }

        @Test
        void anotherFileOfTheSameSize() {
            String name = newName();
            String key = newKey();
            ApiResponse first = upload(name, key, "boundary-1", "first file");

            ApiResponse other = upload(name, key, "boundary-2", "other file");

            assertThat(first.status()).as(first.toString()).isEqualTo(201);
            assertThat(other.status()).as(other.toString()).isEqualTo(422);
            assertThat(effects(name)).hasSize(1);
        }
    }

    @Test
    void aResentUploadWithAnotherBoundaryIsAnsweredAsTheFirst() {
        String name = newName();
        String key = newKey();
        ApiResponse first = upload(name, key, "x", "the same notes");

        ApiResponse retry = upload(name, key, "a-much-longer-boundary-" + UUID.randomUUID(), "the same notes");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(effects(name)).hasSize(1);
    }

    @Nested
    class KeysBelongToTheirCaller {

        @Test
        void anotherCallerWithTheSameKeyGetsAnAnswerOfItsOwn() {
            String name = newName();
            String key = newKey();
            post("/api/effects/" + name, "{}", key);

            String otherAuthor = "Bearer " + TestTokens.forUser("ander.steller", "Ander", "Ruimte", Role.AUTHOR);
            ApiResponse other = send("/api/effects/" + name, otherAuthor, key, JSON,
                    HttpRequest.BodyPublishers.ofString("{}"));

            assertThat(other.status()).isEqualTo(201);
            assertThat(other.header("Idempotent-Replayed")).isNull();
            assertThat(effects(name)).hasSize(2);
        }

        @Test
        void anonymousCallersDoNotShareAKeyNorGetTheirBodyBuffered() {
            String name = newName();
            String key = newKey();

            ApiResponse first = anonymousPost(name, key, "{}");
            ApiResponse second = anonymousPost(name, key, jsonOf(ONE_MEGABYTE + 1));

            assertThat(first.status()).isEqualTo(201);
            assertThat(second.status()).as("no limit of ours applies: the body is not buffered").isEqualTo(201);
            assertThat(second.header("Idempotent-Replayed")).isNull();
            assertThat(effects(name)).hasSize(2);
            assertThat(keptRows(key)).isZero();
        }

        private ApiResponse anonymousPost(String name, String key, String body) {
            return send("/api/public/effects/" + name, null, key, JSON, HttpRequest.BodyPublishers.ofString(body));
        }
    }

    @Nested
    class KeysExpire {

        @Test
        void aKeyPastItsRetentionCountsAsNew() {
            String name = newName();
            String key = newKey();
            post("/api/effects/" + name, "{}", key);
            new KeyRows(jdbc).age(key, "25 hours");

            ApiResponse again = post("/api/effects/" + name, "{}", key);

            assertThat(again.status()).isEqualTo(201);
            assertThat(again.header("Idempotent-Replayed")).isNull();
            assertThat(effects(name)).hasSize(2);
        }

        @Test
        void aKeyLeftInProgressByACrashIsTakenOverAfterTheTimeout() {
            String name = newName();
            String key = newKey();
            crashedWhileProcessing(name, key, "3 minutes");

            ApiResponse retry = post("/api/effects/" + name, "{}", key);

            assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
            assertThat(retry.header("Idempotent-Replayed")).isNull();
            assertThat(effects(name)).hasSize(2);
            assertThat(post("/api/effects/" + name, "{}", key).header("Idempotent-Replayed")).isEqualTo("true");
        }

        @Test
        void aKeyInProgressWithinTheTimeoutIs409() {
            String name = newName();
            String key = newKey();
            crashedWhileProcessing(name, key, "10 seconds");

            ApiResponse retry = post("/api/effects/" + name, "{}", key);

            assertThat(retry.status()).as(retry.toString()).isEqualTo(409);
            assertThat(retry.json().get("detail").asString()).contains("retry in a moment");
        }
    }

    @Nested
    class RacingRequestsHaveOneEffect {

        @Test
        void eightIdenticalRequestsAtOnce() throws Exception {
            String name = newName();

            List<ApiResponse> answers = race(name, newKey());

            assertThat(effects(name)).hasSize(1);
            assertOneProcessed(answers);
        }

        @Test
        void eightRetriesAtOnceOfAKeyLeftInProgressByACrash() throws Exception {
            String name = newName();
            String key = newKey();
            crashedWhileProcessing(name, key, "3 minutes");

            List<ApiResponse> answers = race(name, key);

            assertThat(effects(name)).as("the crashed request's and one retry's").hasSize(2);
            assertOneProcessed(answers);
        }

        private List<ApiResponse> race(String name, String key) throws Exception {
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ApiResponse>> futures = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    futures.add(threads.submit(() -> {
                        start.await();
                        return post("/api/effects/" + name, "{}", key);
                    }));
                }
                start.countDown();
                List<ApiResponse> answers = new ArrayList<>();
                for (Future<ApiResponse> future : futures) {
                    answers.add(future.get());
                }
                return answers;
            } finally {
                threads.shutdownNow();
            }
        }

        private void assertOneProcessed(List<ApiResponse> answers) {
            assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(201, 409));
            assertThat(answers).filteredOn(a -> a.status() == 201 && a.header("Idempotent-Replayed") == null)
                    .hasSize(1);
        }
    }

    private ApiResponse post(String path, String body, String key) {
        return send(path, bearer(), key, JSON, HttpRequest.BodyPublishers.ofString(body));
    }

    private ApiResponse upload(String name, String key, String boundary, String content) {
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send("/api/effects/" + name + "/files", bearer(), key, "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofString(body));
    }

    /** A POST with an Idempotency-Key; {@code authorization} null for an anonymous caller. */
    private ApiResponse send(String path, String authorization, String key, String contentType,
                             HttpRequest.BodyPublisher body) {
        List<String> headers = new ArrayList<>(List.of("Idempotency-Key", key, "Content-Type", contentType));
        if (authorization != null) {
            headers.addAll(List.of("Authorization", authorization));
        }
        return client().send(client().request(path, headers.toArray(String[]::new)).POST(body));
    }

    private List<String> effects(String name) {
        ApiResponse response = client().get("/api/effects/" + name, "Authorization", bearer());
        List<String> effects = new ArrayList<>();
        response.json().forEach(e -> effects.add(e.asString()));
        return effects;
    }

    private int keptRows(String key) {
        return new KeyRows(jdbc).count(key);
    }

    /**
     * A key claimed {@code ago} whose answer never came, as the service leaves it when it stops while processing:
     * a real request claims it, then its answer is taken away.
     */
    private void crashedWhileProcessing(String name, String key, String ago) {
        assertThat(post("/api/effects/" + name, "{}", key).status()).isEqualTo(201);
        jdbc.update("""
                update idempotent_request set status = null, content_type = null, location = null, body = null,
                       created_at = now() - cast(? as interval)
                 where idempotency_key = ?""", ago, key);
    }

    private ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    private static String bearer() {
        return TestTokens.bearer(Role.AUTHOR);
    }

    private static String jsonOf(int length) {
        return "\"" + "x".repeat(length - 2) + "\"";
    }

    private static String newName() {
        return "n" + UUID.randomUUID();
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
