package nl.hamerslag.publication.zgw;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.publication.support.LocalDocumentOwner;
import nl.hamerslag.publication.support.PublicationApi;
import nl.hamerslag.publication.support.PublicationIntegrationTest;
import nl.hamerslag.publication.support.TestPdfs;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static nl.hamerslag.publication.zgw.ZgwSpecification.BESLUITEN;
import static nl.hamerslag.publication.zgw.ZgwSpecification.DOCUMENTEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ZGW Besluiten and Documenten APIs over decisions that came the real way (meeting's DecisionTaken
 * on Kafka, the document fetched from its owner by hash), every answer validated against the ZGW
 * specification. Page size 2 in the tests (config/application.properties), so paging is exercised.
 */
@PublicationIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZgwApiIntegrationTest {

    static final String OPENBAAR_APP = bearer("zaaksysteem-openbaar");
    static final String VERTROUWELIJK_APP = bearer("zaaksysteem-vertrouwelijk");
    static final String BESLUITEN_ONLY_APP = bearer("besluitenregister");

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    ApiClient http;
    Decision open;
    Decision confidential;

    record Decision(UUID uuid, String decisionId, ContentHash document, byte[] bytes) {
    }

    @BeforeAll
    void decisionsTakenInAMeeting() {
        http = new ApiClient("http://127.0.0.1:" + port);
        PublicationApi api = new PublicationApi(port, kafka);
        open = decide(api, Confidentiality.OPENBAAR, DecidingBody.COLLEGE);
        confidential = decide(api, Confidentiality.VERTROUWELIJK, DecidingBody.COUNCIL);
        for (Decision decision : List.of(open, confidential)) {
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    get(BESLUITEN_API + "/besluiten/" + decision.uuid(), VERTROUWELIJK_APP).status() == 200);
        }
    }

    static final String BESLUITEN_API = ZgwUrls.BESLUITEN;
    static final String DOCUMENTEN_API = ZgwUrls.DOCUMENTEN;

    private static Decision decide(PublicationApi api, Confidentiality confidentiality, DecidingBody body) {
        byte[] pdf = TestPdfs.withMetadata("Besluit " + confidentiality + " " + UUID.randomUUID());
        ContentHash document = LocalDocumentOwner.put(pdf);
        ProposalId proposal = api.submitted(confidentiality, document, "besluit-" + confidentiality.zgwName() + ".pdf");
        DecisionTaken taken = PublicationApi.decision(proposal, body, confidentiality, document);
        api.publish(Topics.MEETING, taken);
        return new Decision(UUID.fromString(PublicationApi.publicationId("decision", taken.decisionId())),
                taken.decisionId(), document, pdf);
    }

    @Test
    void everyBesluitOnEveryPageIsValidAndTheNextLinksReachThemAll() {
        List<String> urls = new ArrayList<>();
        String page = BESLUITEN_API + "/besluiten";
        long count = -1;
        while (page != null) {
            JsonNode json = BESLUITEN.valid(path(page, BESLUITEN_API), get(page, VERTROUWELIJK_APP)).json();
            count = json.get("count").asLong();
            json.get("results").forEach(besluit -> urls.add(besluit.get("url").asString()));
            page = json.get("next").isNull() ? null : relative(json.get("next").asString());
        }

        assertThat(urls).hasSize((int) count).doesNotHaveDuplicates();
        assertThat(urls).anyMatch(url -> url.endsWith("/besluiten/" + open.uuid()))
                .anyMatch(url -> url.endsWith("/besluiten/" + confidential.uuid()));
    }

    @Test
    void aBesluitCarriesTheDecisionWithTheConfiguredTypeOrganisationAndBody() {
        JsonNode besluit = BESLUITEN.valid("/besluiten/" + confidential.uuid(),
                get(BESLUITEN_API + "/besluiten/" + confidential.uuid(), VERTROUWELIJK_APP)).json();

        assertThat(besluit.get("identificatie").asString()).isEqualTo(confidential.decisionId());
        assertThat(besluit.get("verantwoordelijkeOrganisatie").asString()).isEqualTo("002220647");
        assertThat(besluit.get("besluittype").asString()).endsWith("/besluittypen/raadsbesluit");
        assertThat(besluit.get("bestuursorgaan").asString()).isEqualTo("gemeenteraad");
        assertThat(besluit.get("toelichting").asString()).contains("Marktplein");
    }

    @Test
    void anApplicationAllowedOpenbaarDoesNotSeeAVertrouwelijkDecisionOrItsDocument() {
        assertThat(BESLUITEN.valid("/besluiten/" + confidential.uuid(),
                get(BESLUITEN_API + "/besluiten/" + confidential.uuid(), OPENBAAR_APP)).status()).isEqualTo(404);
        assertThat(BESLUITEN.valid("/besluiten/" + open.uuid(),
                get(BESLUITEN_API + "/besluiten/" + open.uuid(), OPENBAAR_APP)).status()).isEqualTo(200);

        List<String> seen = new ArrayList<>();
        String page = BESLUITEN_API + "/besluiten";
        while (page != null) {
            JsonNode json = BESLUITEN.valid(path(page, BESLUITEN_API), get(page, OPENBAAR_APP)).json();
            json.get("results").forEach(besluit -> seen.add(besluit.get("url").asString()));
            page = json.get("next").isNull() ? null : relative(json.get("next").asString());
        }
        assertThat(seen).anyMatch(url -> url.endsWith(open.uuid().toString()))
                .noneMatch(url -> url.endsWith(confidential.uuid().toString()));

        String confidentialDocument = informatieobjectOf(confidential, VERTROUWELIJK_APP);
        String uuid = confidentialDocument.substring(confidentialDocument.lastIndexOf('/') + 1);
        assertThat(DOCUMENTEN.valid("/enkelvoudiginformatieobjecten/" + uuid,
                get(DOCUMENTEN_API + "/enkelvoudiginformatieobjecten/" + uuid, OPENBAAR_APP)).status()).isEqualTo(404);
        assertThat(DOCUMENTEN.valid("/enkelvoudiginformatieobjecten/" + uuid + "/download",
                http.download(DOCUMENTEN_API + "/enkelvoudiginformatieobjecten/" + uuid + "/download", "Authorization",
                        OPENBAAR_APP)).statusCode()).isEqualTo(404);
        assertThat(BESLUITEN.valid("/besluitinformatieobjecten?besluit=",
                get(BESLUITEN_API + "/besluitinformatieobjecten?besluit=" + besluitUrl(confidential), OPENBAAR_APP))
                .json().size()).isZero();
    }

    @Test
    void theDocumentIsAnInformatieobjectWithItsConfidentialityAndSha256AndItsBytesMatch() {
        String url = informatieobjectOf(confidential, VERTROUWELIJK_APP);
        String path = relative(url);
        JsonNode eio = DOCUMENTEN.valid(path(path, DOCUMENTEN_API), get(path, VERTROUWELIJK_APP)).json();

        assertThat(eio.get("vertrouwelijkheidaanduiding").asString()).isEqualTo("vertrouwelijk");
        assertThat(eio.get("integriteit").get("algoritme").asString()).isEqualTo("sha_256");
        assertThat(eio.get("integriteit").get("waarde").asString()).isEqualTo(confidential.document().value());
        assertThat(eio.get("bestandsomvang").asLong()).isEqualTo(confidential.bytes().length);
        assertThat(eio.get("bestandsnaam").asString()).isEqualTo("besluit-vertrouwelijk.pdf");
        assertThat(eio.get("formaat").asString()).isEqualTo("application/pdf");

        String download = relative(eio.get("inhoud").asString());
        HttpResponse<byte[]> bytes = DOCUMENTEN.valid(path(download, DOCUMENTEN_API), http.download(download,
                "Authorization", VERTROUWELIJK_APP));
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(bytes.body()).isEqualTo(confidential.bytes());
        assertThat(ContentHash.sha256(bytes.body()).value()).isEqualTo(eio.get("integriteit").get("waarde").asString());
    }

    @Test
    void theInformatieobjectListPagesAndTheLinkBetweenBesluitAndDocumentIsValid() {
        int seen = 0;
        String page = DOCUMENTEN_API + "/enkelvoudiginformatieobjecten";
        long count = -1;
        while (page != null) {
            JsonNode json = DOCUMENTEN.valid(path(page, DOCUMENTEN_API), get(page, VERTROUWELIJK_APP)).json();
            count = json.get("count").asLong();
            seen += json.get("results").size();
            page = json.get("next").isNull() ? null : relative(json.get("next").asString());
        }
        assertThat(seen).isEqualTo(count).isGreaterThanOrEqualTo(2);

        JsonNode links = BESLUITEN.valid("/besluitinformatieobjecten", get(BESLUITEN_API
                + "/besluitinformatieobjecten?besluit=" + besluitUrl(open), VERTROUWELIJK_APP)).json();
        assertThat(links.size()).isEqualTo(1);
        String link = relative(links.get(0).get("url").asString());
        JsonNode one = BESLUITEN.valid(path(link, BESLUITEN_API), get(link, VERTROUWELIJK_APP)).json();
        assertThat(one.get("besluit").asString()).endsWith("/besluiten/" + open.uuid());
        String byDocument = BESLUITEN_API + "/besluitinformatieobjecten?informatieobject=" + one.get("informatieobject").asString();
        assertThat(BESLUITEN.valid("/besluitinformatieobjecten", get(byDocument, VERTROUWELIJK_APP)).json().get(0)
                .get("url").asString()).isEqualTo(links.get(0).get("url").asString());
    }

    @Test
    void urlsAreAbsoluteWhereTheClientCalledThroughTheGateway() {
        ApiResponse forwarded = http.get(BESLUITEN_API + "/besluiten/" + open.uuid(), "Authorization", OPENBAAR_APP,
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "besluiten.gemeente.example:8443");

        assertThat(BESLUITEN.valid("/besluiten/" + open.uuid(), forwarded).json().get("url").asString())
                .isEqualTo("https://besluiten.gemeente.example:8443/zgw/besluiten/api/v1/besluiten/" + open.uuid());
        assertThat(get(BESLUITEN_API + "/besluiten/" + open.uuid(), OPENBAAR_APP).json().get("url").asString())
                .isEqualTo("http://127.0.0.1:" + port + "/zgw/besluiten/api/v1/besluiten/" + open.uuid());
    }

    @Test
    void anUnknownUuidIs404InZgwsErrorFormat() {
        UUID unknown = UUID.randomUUID();
        ApiResponse notFound = BESLUITEN.valid("/besluiten/" + unknown,
                get(BESLUITEN_API + "/besluiten/" + unknown, VERTROUWELIJK_APP));

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.contentType()).startsWith("application/problem+json");
        assertThat(notFound.json().get("code").asString()).isEqualTo("not_found");
        assertThat(notFound.json().get("instance").asString()).isEqualTo(BESLUITEN_API + "/besluiten/" + unknown);
        assertThat(DOCUMENTEN.valid("/enkelvoudiginformatieobjecten/" + unknown, get(DOCUMENTEN_API
                + "/enkelvoudiginformatieobjecten/" + unknown, VERTROUWELIJK_APP)).status()).isEqualTo(404);
        assertThat(BESLUITEN.valid("/besluitinformatieobjecten/" + unknown, get(BESLUITEN_API
                + "/besluitinformatieobjecten/" + unknown, VERTROUWELIJK_APP)).status()).isEqualTo(404);
    }

    @Test
    void withoutAValidTokenItIs401InZgwsErrorFormat() {
        ApiResponse none = BESLUITEN.valid("/besluiten", http.get(BESLUITEN_API + "/besluiten"));
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("code").asString()).isEqualTo("not_authenticated");

        ApiResponse forged = DOCUMENTEN.valid("/enkelvoudiginformatieobjecten", get(DOCUMENTEN_API
                + "/enkelvoudiginformatieobjecten", "Bearer eyJhbGciOiJub25lIn0.e30."));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().get("code").asString()).isEqualTo("not_authenticated");
    }

    @Test
    void withoutTheZgwScopeItIs403() {
        ApiResponse person = BESLUITEN.valid("/besluiten", get(BESLUITEN_API + "/besluiten",
                PublicationApi.bearer(Role.ADMIN)));
        assertThat(person.status()).isEqualTo(403);
        assertThat(person.json().get("code").asString()).isEqualTo("permission_denied");

        assertThat(DOCUMENTEN.valid("/enkelvoudiginformatieobjecten", get(DOCUMENTEN_API + "/enkelvoudiginformatieobjecten",
                BESLUITEN_ONLY_APP)).status()).isEqualTo(403);
        assertThat(BESLUITEN.valid("/besluiten", get(BESLUITEN_API + "/besluiten", BESLUITEN_ONLY_APP)).status())
                .isEqualTo(200);
    }

    @Test
    void aMalformedParameterIsAValidatieFout() {
        ApiResponse bad = get(BESLUITEN_API + "/besluiten?page=nul", VERTROUWELIJK_APP);

        assertThat(BESLUITEN.valid("/besluiten", bad).status()).isEqualTo(400);
        assertThat(bad.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("page");
        assertThat(BESLUITEN.valid("/besluiten", get(BESLUITEN_API + "/besluiten?page=100000", VERTROUWELIJK_APP))
                .status()).as("a page past the last").isEqualTo(400);
        assertThat(DOCUMENTEN.valid("/enkelvoudiginformatieobjecten", get(DOCUMENTEN_API
                + "/enkelvoudiginformatieobjecten?page=100000", VERTROUWELIJK_APP)).status()).isEqualTo(400);
        assertThat(BESLUITEN.valid("/besluitinformatieobjecten", get(BESLUITEN_API
                + "/besluitinformatieobjecten?besluit=elders", VERTROUWELIJK_APP)).status()).isEqualTo(400);
    }

    @Test
    void theZgwApisAreAGroupOfTheirOwnInTheApiDocumentsAndInTheWholeOne() {
        JsonNode group = http.get("/v3/api-docs/zgw").json();
        assertThat(group.get("paths").propertyNames()).containsExactlyInAnyOrder(
                "/zgw/besluiten/api/v1/besluiten", "/zgw/besluiten/api/v1/besluiten/{uuid}",
                "/zgw/besluiten/api/v1/besluitinformatieobjecten", "/zgw/besluiten/api/v1/besluitinformatieobjecten/{uuid}",
                "/zgw/documenten/api/v1/enkelvoudiginformatieobjecten",
                "/zgw/documenten/api/v1/enkelvoudiginformatieobjecten/{uuid}",
                "/zgw/documenten/api/v1/enkelvoudiginformatieobjecten/{uuid}/download");
        assertThat(group.get("paths").get("/zgw/besluiten/api/v1/besluiten").get("get").get("summary").asString())
                .isEqualTo("Alle besluiten opvragen");
        assertThat(http.get("/v3/api-docs").json().get("paths").has("/zgw/besluiten/api/v1/besluiten"))
                .as("the whole document, which the hostile-input harness attacks").isTrue();
    }

    private String informatieobjectOf(Decision decision, String bearer) {
        JsonNode links = get(BESLUITEN_API + "/besluitinformatieobjecten?besluit=" + besluitUrl(decision), bearer).json();
        assertThat(links.size()).as("the decision's documents").isEqualTo(1);
        return links.get(0).get("informatieobject").asString();
    }

    private String besluitUrl(Decision decision) {
        return "http://127.0.0.1:" + port + BESLUITEN_API + "/besluiten/" + decision.uuid();
    }

    private ApiResponse get(String path, String bearer) {
        return http.get(path, "Authorization", bearer);
    }

    /** An absolute URL of ours as a path (with its query) on this server. */
    private static String relative(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The path below the API's base path, for the validator. */
    private static String path(String full, String base) {
        return full.startsWith(base) ? full.substring(base.length()) : full;
    }

    private static String bearer(String application) {
        return "Bearer " + TestTokens.forUser(application, "ZGW-applicatie " + application, null);
    }
}
