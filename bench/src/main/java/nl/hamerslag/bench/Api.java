package nl.hamerslag.bench;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.launcher.RunningSystem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calls the bench makes, as the README's curl walk-through and the system tests make them, against one base
 * URL: the gateway, or drafting's own port for the gateway-vs-direct ratio. Tokens are minted as
 * {@code ./hamerslag token ROLE} does (the launcher's key in the data folder).
 */
final class Api {

    static final String PROPOSAL = """
            {"type":"COLLEGE_PROPOSAL","title":"Herinrichting Marktplein","summary":"Het plein wordt groener.",
             "portfolioHolder":"Wethouder Ruimte","department":"Ruimte","confidentiality":"openbaar",
             "financialConsequences":true,"legalConsequences":true,"decidingBody":"COLLEGE"}""";
    /** The smallest file Tika recognises as PDF from its bytes (as the system tests upload). */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String base;
    private final String author;
    private final String manager;

    Api(String base, RunningSystem system) {
        this.base = base;
        this.author = "Bearer " + system.token(Role.AUTHOR);
        this.manager = "Bearer " + system.token(Role.MANAGER);
    }

    HttpRequest create() {
        return create(PROPOSAL);
    }

    HttpRequest create(String proposalJson) {
        return HttpRequest.newBuilder(URI.create(base + "/api/proposals")).timeout(TIMEOUT)
                .header("Authorization", author).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(proposalJson)).build();
    }

    HttpRequest get(String proposalId) {
        return HttpRequest.newBuilder(URI.create(base + "/api/proposals/" + proposalId)).timeout(TIMEOUT)
                .header("Authorization", author).GET().build();
    }

    HttpRequest route(String proposalId) {
        return HttpRequest.newBuilder(URI.create(base + "/api/approvals/routes/" + proposalId)).timeout(TIMEOUT)
                .header("Authorization", manager).GET().build();
    }

    /** The first step of every route in the README's flow: the manager's. */
    HttpRequest approveManagerStep(String proposalId) {
        return approve(proposalId, "manager", manager);
    }

    /** Any step of the current route, signed with {@code authorization} ("Bearer ..." of the step's role). */
    HttpRequest approve(String proposalId, String stepId, String authorization) {
        return HttpRequest.newBuilder(URI.create(base + "/api/approvals/routes/" + proposalId + "/steps/" + stepId
                        + "/approve")).timeout(TIMEOUT).header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"remarks\":\"akkoord\"}")).build();
    }

    HttpRequest uploadMain(String proposalId) {
        return uploadMain(proposalId, PDF);
    }

    HttpRequest uploadMain(String proposalId, byte[] pdf) {
        String boundary = "bench-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nMAIN\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"voorstel.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(base + "/api/proposals/" + proposalId + "/attachments")).timeout(TIMEOUT)
                .header("Authorization", author).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, pdf, tail))).build();
    }

    HttpRequest submit(String proposalId) {
        return HttpRequest.newBuilder(URI.create(base + "/api/proposals/" + proposalId + "/submit")).timeout(TIMEOUT)
                .header("Authorization", author).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    /** Creates a proposal and returns its id; fails with the answer when it is not 201. */
    String createOne(HttpClient http) throws IOException, InterruptedException {
        return createOne(http, PROPOSAL);
    }

    String createOne(HttpClient http, String proposalJson) throws IOException, InterruptedException {
        HttpResponse<String> r = expect(http, create(proposalJson), 201);
        Matcher m = ID.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("201 without an id: " + LoadGenerator.abbreviate(r.body()));
        }
        return m.group(1);
    }

    /** Drafted, main document attached, submitted: the route opens from the event on Kafka. */
    String submittedOne(HttpClient http) throws IOException, InterruptedException {
        return submittedOne(http, PROPOSAL, PDF);
    }

    /** As {@link #submittedOne(HttpClient)}, with this proposal and this main document. */
    String submittedOne(HttpClient http, String proposalJson, byte[] main) throws IOException, InterruptedException {
        String id = createOne(http, proposalJson);
        expect(http, uploadMain(id, main), 201);
        expect(http, submit(id), 200);
        return id;
    }

    static HttpResponse<String> expect(HttpClient http, HttpRequest r, int status) throws IOException, InterruptedException {
        HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != status) {
            throw new IllegalStateException(r.method() + " " + r.uri() + " answered " + resp.statusCode() + " (expected "
                    + status + "): " + LoadGenerator.abbreviate(resp.body()));
        }
        return resp;
    }
}
