package nl.hamerslag.publication.support;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.drafting.AttachmentKind;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.RelayedRecord;
import nl.hamerslag.test.TestTokens;
import org.springframework.kafka.core.KafkaTemplate;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** The publication service as a test drives it: other services' events on Kafka, its API over HTTP. */
public final class PublicationApi {

    private final ApiClient http;
    private final KafkaTemplate<String, byte[]> kafka;

    public PublicationApi(int port, KafkaTemplate<String, byte[]> kafka) {
        this.http = new ApiClient("http://127.0.0.1:" + port);
        this.kafka = kafka;
    }

    /** Sends {@code event} on {@code topic} as another service's relay does. */
    public void publish(String topic, IntegrationEvent event) {
        try {
            kafka.send(RelayedRecord.of(topic, event)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event, e);
        }
    }

    /** A proposal as drafting submitted it, with one attachment, so that publication knows its audience and document. */
    public ProposalId submitted(Confidentiality confidentiality, ContentHash document, String documentName) {
        ProposalId id = ProposalId.newId();
        Manifest manifest = new Manifest(ContentHash.sha256("fields of " + id), List.of(new Manifest.Entry("a-" + id,
                AttachmentKind.MAIN, documentName, "application/pdf", 1000, document)));
        publish(Topics.DRAFTING, new ProposalSubmitted(id, manifest.version(), ProposalType.COLLEGE_PROPOSAL,
                "Voorstel " + id, "Ruimte", "wim.wethouder", confidentiality, false, false, DecidingBody.COLLEGE,
                "anna.steller", manifest));
        return id;
    }

    /** A decision of {@code body} on {@code proposal}, about {@code document}. */
    public static DecisionTaken decision(ProposalId proposal, DecidingBody body, Confidentiality confidentiality,
                                         ContentHash document) {
        String decisionId = "decision-" + UUID.randomUUID();
        return new DecisionTaken(proposal, decisionId, "meeting-" + UUID.randomUUID(), body, DecisionOutcome.AS_PROPOSED,
                ContentHash.sha256("version of " + proposal), Instant.now(), null, "item-" + decisionId,
                "Herinrichting Marktplein", "Het college stemt in met de herinrichting van het Marktplein.", null,
                confidentiality, LocalDate.now(), document == null ? List.of() : List.of(document), List.of());
    }

    /** The id publication gives the publication of a source (as its translators derive it). */
    public static String publicationId(String kind, String sourceId) {
        return UUID.nameUUIDFromBytes(("publication:" + kind + ":" + sourceId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public ApiResponse get(String path, String bearer) {
        return http.get(path, "Authorization", bearer);
    }

    public ApiResponse post(String path, String json, String bearer) {
        return http.post(path, json, "Authorization", bearer);
    }

    /** Uploads {@code content} as the part "file" and {@code json} as the part "redactions" (application/json). */
    public ApiResponse uploadRedacted(String path, String fileName, byte[] content, String json, String bearer) {
        String boundary = "hamerslag-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"redactions\"\r\n"
                + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(json.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(http.request(path, "Authorization", bearer, "Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public static String bearer(Role role) {
        return TestTokens.bearer(role);
    }
}
