package nl.hamerslag.platform.input;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.TestTokens;
import nl.hamerslag.test.hostile.RawHttp;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The input rules of ADR 0022 on the real parts, through the probe controller of the test app. */
@HamerslagIntegrationTest
class InputRulesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Nested
    class ControlCharactersAreRefusedEverywhere {

        @Test
        void inAQueryParameter() {
            RawHttp.Response response = get("/api/probe/echo?text=a%00b");

            assertRefused(response, "query parameter 'text'", "U+0000");
        }

        @Test
        void inAPathSegment() {
            assertRefused(get("/api/probe/echo/a%07b"), "path", "U+0007");
        }

        @Test
        void inAHeaderTheApplicationReads() {
            RawHttp.Response response = send("GET", "/api/probe/echo", null, null, "X-Note", "a\u0085b");

            assertRefused(response, "X-Note", "U+0085");
        }

        @Test
        void inAJsonStringAtAnyDepth() {
            assertRefused(postJson("/api/probe/echo", "{\"text\":\"a\\u0000b\"}"), "field 'text'", "U+0000");
            assertRefused(postJson("/api/probe/echo", "{\"tags\":[\"ok\",\"a\\u001bb\"]}"), "tags/1", "U+001B");
            assertRefused(postJson("/api/probe/echo", "{\"labels\":{\"a\\u0000\":\"b\"}}"), "field name", "U+0000");
            assertRefused(postJson("/api/probe/tree", "{\"a\":[{\"b\":\"c\\u0007\"}]}"), "a/0/b", "U+0007");
        }

        @Test
        void asHalfOfASurrogatePair() {
            assertRefused(postJson("/api/probe/echo", "{\"text\":\"a\\ud800b\"}"), "field 'text'", "surrogate");
        }

        @Test
        void inAMultipartFieldAndFileName() {
            assertRefused(upload("voorstel.pdf", "a\u0000b"), "caption", "U+0000");
            assertRefused(upload("a\u0001.pdf", "fine"), "file name", "U+0001");
        }

        @Test
        void asAnOverlongUtf8EncodingOfNul() {
            assertRefused(get("/api/probe/echo?text=a%C0%80b"), "UTF-8", "");
        }
    }

    @Test
    void tabNewlineAndCarriageReturnAreText() {
        RawHttp.Response query = get("/api/probe/echo?text=a%09b%0D%0Ac");
        RawHttp.Response json = postJson("/api/probe/echo", "{\"text\":\"line\\r\\nnext\\tcolumn\"}");

        assertThat(query.status()).as(query.text()).isEqualTo(200);
        assertThat(query.text()).contains("a\\tb\\r\\nc");
        assertThat(json.status()).as(json.text()).isEqualTo(200);
    }

    @Test
    void aDateParameterOutOfRangeIsRefusedSayingWhichDatesAreAccepted() {
        assertRefused(get("/api/probe/echo?on=%2B999999999-12-31"), "on", "use a date between 1900-01-01 and 9999-12-31");
        assertRefused(get("/api/probe/echo?at=%2B1000000000-12-31T23:59:59Z"), "at", "use a date between");
        assertThat(get("/api/probe/echo?on=2026-03-10").status()).isEqualTo(200);
    }

    @Test
    void aJsonDateOutOfRangeIsRefused() {
        assertRefused(postJson("/api/probe/echo", "{\"on\":\"+999999999-12-31\"}"), "field 'on'", "use a date between");
        assertRefused(postJson("/api/probe/echo", "{\"at\":\"1899-12-31T23:59:59Z\"}"), "field 'at'", "use a date between");
    }

    @Test
    void aConcurrentChangeIs409AskingToReloadAndRetry() {
        for (String wrapped : List.of("false", "true")) {
            RawHttp.Response response = send("POST", "/api/probe/conflict?wrapped=" + wrapped, null, null);

            assertThat(response.status()).as(response.text()).isEqualTo(409);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.text()).contains("reload");
        }
    }

    @Test
    void jsonNestedAThousandDeepIs400() {
        assertRefused(postJson("/api/probe/tree", "[".repeat(1000) + "]".repeat(1000)), "nested", "");
    }

    @Test
    void everyRefusalOfSpringMvcIsProblemJson() {
        assertProblem(get("/api/no-such-thing"), 404);
        assertProblem(send("DELETE", "/api/probe/echo", null, null), 405);
        assertProblem(send("POST", "/api/probe/echo", "text/plain", "hi".getBytes(StandardCharsets.UTF_8)), 415);
        assertProblem(send("GET", "/api/probe/echo", null, null, "Accept", "text/x-nothing"), 406);
    }

    @Test
    void theErrorPageItselfIsNotAServerError() {
        assertProblem(get("/error"), 404);
    }

    @Test
    void aQueryStringOf100000CharactersIsRefusedAsProblemJson() {
        RawHttp.Response response = get("/api/probe/echo?text=" + "x".repeat(100_000));

        assertThat(response.status()).as(response.text()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRefusedTextStoresNothing() {
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        RawHttp.Response response = send("POST", "/api/tallies", "application/json",
                "{\"name\":\"a\\u0000b\"}".getBytes(StandardCharsets.UTF_8));

        assertRefused(response, "field 'name'", "U+0000");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);
    }

    @Test
    void aChangeForAClientThatCannotReadTheAnswerIsRefusedBeforeItIsMade() {
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        RawHttp.Response response = send("POST", "/api/tallies", "application/json",
                "{\"name\":\"unread\"}".getBytes(StandardCharsets.UTF_8), "Accept", "text/x-nothing");

        assertProblem(response, 406);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);
    }

    private static void assertRefused(RawHttp.Response response, String naming, String saying) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text()).contains(naming).contains(saying);
    }

    private static void assertProblem(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private RawHttp.Response get(String target) {
        return send("GET", target, null, null);
    }

    private RawHttp.Response postJson(String target, String json) {
        return send("POST", target, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private RawHttp.Response upload(String fileName, String caption) {
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n" + caption + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\nsome notes\r\n--" + boundary + "--\r\n";
        return send("POST", "/api/probe/upload", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private RawHttp.Response send(String method, String target, String contentType, byte[] body, String... headers) {
        List<String[]> all = new ArrayList<>();
        all.add(new String[]{"Authorization", TestTokens.bearer(Role.AUTHOR)});
        if (contentType != null) {
            all.add(new String[]{"Content-Type", contentType});
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            all.add(new String[]{headers[i], headers[i + 1]});
        }
        try {
            return RawHttp.send(port, method, target, all, body);
        } catch (IOException e) {
            throw new AssertionError("no answer to " + method + " " + target, e);
        }
    }
}
