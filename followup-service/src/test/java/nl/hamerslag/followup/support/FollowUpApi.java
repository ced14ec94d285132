package nl.hamerslag.followup.support;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** The follow-up service as a test drives it: other services' events on Kafka, its API over HTTP. */
public final class FollowUpApi {

    /** The smallest document that is a PDF by its bytes. */
    public static final byte[] PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient http;
    private final KafkaTemplate<String, byte[]> kafka;

    public FollowUpApi(int port, KafkaTemplate<String, byte[]> kafka) {
        this.http = new ApiClient("http://127.0.0.1:" + port);
        this.kafka = kafka;
    }

    /** Publishes {@code event} on {@code topic} as another service's relay does, keyed by its partition key. */
    public void publish(String topic, IntegrationEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.partitionKey(), JSON.writeValueAsBytes(event));
        String eventId = UUID.randomUUID().toString();
        header(record, EventHeaders.EVENT_ID, eventId);
        header(record, EventHeaders.EVENT_TYPE, event.getClass().getSimpleName());
        header(record, EventHeaders.SCHEMA_VERSION, Integer.toString(event.schemaVersion()));
        header(record, EventHeaders.OCCURRED_AT, Instant.now().toString());
        header(record, EventHeaders.CORRELATION_ID, "test-" + eventId);
        header(record, EventHeaders.SOURCE, "test");
        try {
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event, e);
        }
    }

    /** A proposal as drafting submitted it, so that follow-up knows who may see its items. */
    public ProposalId submitted(Confidentiality confidentiality, DecidingBody body) {
        ProposalId id = ProposalId.newId();
        Manifest manifest = new Manifest(ContentHash.sha256("fields of " + id), List.of());
        publish(Topics.DRAFTING, new ProposalSubmitted(id, manifest.version(), ProposalType.COLLEGE_PROPOSAL,
                "Voorstel " + id, "Ruimte", "wim.wethouder", confidentiality, false, false, body, "anna.steller", manifest));
        return id;
    }

    /** The id follow-up gives the item of a source (as the meeting translator derives it). */
    public static String itemId(String kind, String sourceId) {
        return UUID.nameUUIDFromBytes((kind + ":" + sourceId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public ApiResponse get(String path, String bearer, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = bearer;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.get(path, all);
    }

    public ApiResponse post(String path, String json, String bearer) {
        return http.post(path, json, "Authorization", bearer);
    }

    /** Uploads {@code content} as the multipart part "file" named {@code fileName}. */
    public ApiResponse upload(String path, String fileName, byte[] content, String bearer) {
        String boundary = "hamerslag-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(http.request(path, "Authorization", bearer, "Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public static String bearer(Role role) {
        return TestTokens.bearer(role);
    }

    /** A second holder of {@code role} in {@code department}: someone other than the demo user. */
    public static String bearer(String subject, String department, Role role) {
        return "Bearer " + TestTokens.forUser(subject, subject, department, role);
    }

    private static void header(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
