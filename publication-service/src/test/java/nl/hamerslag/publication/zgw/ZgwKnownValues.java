package nl.hamerslag.publication.zgw;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.publication.support.LocalDocumentOwner;
import nl.hamerslag.publication.support.PublicationApi;
import nl.hamerslag.publication.support.TestPdfs;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.hostile.EveryRoleToken;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Ids that exist in the ZGW APIs, for the hostile-input harness: a decision taken through Kafka with one
 * document, and the uuids and URLs ZGW gives it and its document.
 */
public final class ZgwKnownValues {

    private final UUID besluit;
    private final String origin;

    private ZgwKnownValues(UUID besluit, String origin) {
        this.besluit = besluit;
        this.origin = origin;
    }

    /** A geheim decision (the harness's token may read up to zeer_geheim) taken and readable through the ZGW API. */
    public static ZgwKnownValues decisionTaken(int port, KafkaTemplate<String, byte[]> kafka) {
        PublicationApi api = new PublicationApi(port, kafka);
        ContentHash document = LocalDocumentOwner.put(TestPdfs.withMetadata("Besluit " + UUID.randomUUID()));
        ProposalId proposal = api.submitted(Confidentiality.GEHEIM, document, "besluit.pdf");
        DecisionTaken taken = PublicationApi.decision(proposal, DecidingBody.COLLEGE, Confidentiality.GEHEIM, document);
        api.publish(Topics.MEETING, taken);
        UUID besluit = UUID.fromString(PublicationApi.publicationId("decision", taken.decisionId()));
        ApiClient http = new ApiClient("http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get(ZgwUrls.BESLUITEN + "/besluiten/" + besluit,
                "Authorization", EveryRoleToken.bearer()).status() == 200);
        return new ZgwKnownValues(besluit, "http://127.0.0.1:" + port);
    }

    /** The known values for one ZGW path: its {@code uuid} and the {@code besluit}/{@code informatieobject} filters. */
    public Map<String, String> known(String path) {
        UUID informatieobject = ZgwIds.informatieobject(besluit, 0);
        UUID uuid = path.contains("/besluitinformatieobjecten/") ? ZgwIds.besluitinformatieobject(besluit, 0)
                : path.contains("/enkelvoudiginformatieobjecten/") ? informatieobject : besluit;
        ZgwUrls urls = new ZgwUrls(origin);
        return Map.of("uuid", uuid.toString(), "besluit", urls.besluit(besluit),
                "informatieobject", urls.informatieobject(informatieobject));
    }
}
