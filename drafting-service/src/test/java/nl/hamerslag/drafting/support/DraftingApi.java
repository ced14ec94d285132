package nl.hamerslag.drafting.support;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The drafting API as a client uses it, for tests: tokens per role, JSON and multipart requests. */
public final class DraftingApi {

    public static final String VALID = """
            {"type":"COLLEGE_PROPOSAL","title":"Herinrichting Marktplein","summary":"Groener plein",
             "portfolioHolder":"Wethouder Ruimte","department":"Ruimte","confidentiality":"openbaar",
             "financialConsequences":true,"legalConsequences":false,"decidingBody":"COLLEGE"}""";

    public static final String OTHER_AUTHOR = "Bearer " + TestTokens.forUser("piet.steller", "Piet Steller", "Ruimte", Role.AUTHOR);

    /** Mehmet, the manager of Sociaal Domein (a demo user, not the first manager). */
    public static final String MANAGER_OF_SOCIAAL_DOMEIN = "Bearer " + TestTokens.forUser("mehmet.manager",
            "Mehmet Manager", "Sociaal Domein", Role.MANAGER);

    private final ApiClient api;

    public DraftingApi(int port) {
        this.api = new ApiClient("http://localhost:" + port);
    }

    public ApiClient client() {
        return api;
    }

    public static String as(Role role) {
        return TestTokens.bearer(role);
    }

    /** A token for anyone the demo users do not cover: several roles, another department, or none (null). */
    public static String token(String subject, String department, Role... roles) {
        return "Bearer " + TestTokens.forUser(subject, subject, department, roles);
    }

    public ApiResponse draft(String body, String token) {
        return api.post("/api/proposals", body, "Authorization", token);
    }

    /** A new openbaar draft by the demo author; returns its id. */
    public String drafted() {
        return drafted(VALID);
    }

    public String drafted(String body) {
        return drafted(body, as(Role.AUTHOR));
    }

    public String drafted(String body, String token) {
        ApiResponse created = draft(body, token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** A draft with a main document, submitted; returns the submit response. */
    public ApiResponse submittedWithMain(String id) {
        ApiResponse uploaded = upload(id, "MAIN", "voorstel.pdf", "application/pdf", Files.PDF, as(Role.AUTHOR));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return submit(id, as(Role.AUTHOR));
    }

    public ApiResponse submit(String id, String token) {
        return api.post("/api/proposals/" + id + "/submit", null, "Authorization", token);
    }

    public ApiResponse get(String path, String token) {
        return api.get(path, "Authorization", token);
    }

    public ApiResponse patch(String id, String json, String contentType, String ifMatch, String token) {
        HttpRequest.Builder request = api.request("/api/proposals/" + id, "Authorization", token, "Content-Type", contentType)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request);
    }

    public ApiResponse withdraw(String id, String reason, String token) {
        return api.post("/api/proposals/" + id + "/withdraw",
                reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}", "Authorization", token);
    }

    public ApiResponse upload(String id, String kind, String fileName, String contentType, byte[] bytes, String token) {
        return upload("POST", "/api/proposals/" + id + "/attachments", kind, fileName, contentType, bytes.length,
                () -> new ByteArrayInputStream(bytes), token);
    }

    public ApiResponse replace(String id, String attachmentId, String fileName, byte[] bytes, String token) {
        return upload("PUT", "/api/proposals/" + id + "/attachments/" + attachmentId, null, fileName,
                "application/octet-stream", bytes.length, () -> new ByteArrayInputStream(bytes), token);
    }

    /** A multipart upload whose file part is streamed from {@code content}, with a known Content-Length. */
    public ApiResponse upload(String method, String path, String kind, String fileName, String contentType, long size,
                              Supplier<InputStream> content, String token) {
        String boundary = "hamerslag-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        if (kind != null) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n")
                    .append(kind).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: ").append(contentType).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tailBytes = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        Flow.Publisher<java.nio.ByteBuffer> parts = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofByteArray(headBytes), HttpRequest.BodyPublishers.ofInputStream(content),
                HttpRequest.BodyPublishers.ofByteArray(tailBytes));
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(parts,
                headBytes.length + size + tailBytes.length);
        return api.send(api.request(path, "Authorization", token,
                "Content-Type", "multipart/form-data; boundary=" + boundary).method(method, body));
    }
}
