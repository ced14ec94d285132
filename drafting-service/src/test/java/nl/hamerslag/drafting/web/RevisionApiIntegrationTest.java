package nl.hamerslag.drafting.web;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.drafting.support.DraftingApi;
import nl.hamerslag.drafting.support.DraftingIntegrationTest;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static nl.hamerslag.drafting.support.DraftingApi.as;
import static org.assertj.core.api.Assertions.assertThat;

@DraftingIntegrationTest
class RevisionApiIntegrationTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    DraftingApi api;

    @BeforeEach
    void setUp() {
        api = new DraftingApi(port);
    }

    @Test
    void aMergePatchChangesOnlyTheNamedFieldsAndTheEventSaysWhatChanged() {
        String id = api.drafted();
        String etag = api.get("/api/proposals/" + id, as(Role.AUTHOR)).header("ETag");

        ApiResponse revised = api.patch(id, """
                {"title":"Herinrichting Grote Markt","summary":null,"tags":["centrum","groen"],
                 "wishedMeetingDate":"2026-03-10"}""", MERGE_PATCH, etag, as(Role.AUTHOR));

        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().get("title").asString()).isEqualTo("Herinrichting Grote Markt");
        assertThat(revised.json().get("summary").isNull()).isTrue();
        assertThat(revised.json().get("portfolioHolder").asString()).isEqualTo("Wethouder Ruimte");
        assertThat(revised.json().get("tags").toString()).isEqualTo("[\"centrum\",\"groen\"]");
        assertThat(revised.json().get("wishedMeetingDate").asString()).isEqualTo("2026-03-10");
        assertThat(revised.header("ETag")).isNotEqualTo(etag);
        String payload = jdbc.queryForObject("""
                select convert_from(payload, 'UTF8') from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%ProposalRevised'""", String.class, id);
        assertThat(payload).contains("\"field\":\"title\"").contains("\"from\":\"Herinrichting Marktplein\"")
                .contains("\"field\":\"summary\"").contains("\"field\":\"tags\"").doesNotContain("\"field\":\"department\"");
    }

    @Test
    void plainJsonIsAcceptedAsAMergePatchToo() {
        String id = api.drafted();

        ApiResponse revised = api.patch(id, "{\"legalConsequences\":true}", "application/json", null, as(Role.AUTHOR));

        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().get("legalConsequences").asBoolean()).isTrue();
    }

    @Test
    void aStaleIfMatchIs412AndNothingChanges() {
        String id = api.drafted();
        String etag = api.get("/api/proposals/" + id, as(Role.AUTHOR)).header("ETag");
        api.patch(id, "{\"title\":\"Eerste wijziging\"}", MERGE_PATCH, etag, as(Role.AUTHOR));
        long before = events(id);

        ApiResponse stale = api.patch(id, "{\"title\":\"Tweede wijziging\"}", MERGE_PATCH, etag, as(Role.AUTHOR));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(events(id)).isEqualTo(before);
        assertThat(api.get("/api/proposals/" + id, as(Role.AUTHOR)).json().get("title").asString()).isEqualTo("Eerste wijziging");
    }

    @Test
    void revisingASubmittedProposalIs409() {
        String id = api.drafted();
        api.submittedWithMain(id);
        long before = events(id);

        ApiResponse refused = api.patch(id, "{\"title\":\"Te laat\"}", MERGE_PATCH, null, as(Role.AUTHOR));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("SUBMITTED");
        assertThat(events(id)).isEqualTo(before);
    }

    @Test
    void anUnknownOrReadOnlyFieldIs400() {
        String id = api.drafted();

        ApiResponse unknown = api.patch(id, "{\"colour\":\"blue\"}", MERGE_PATCH, null, as(Role.AUTHOR));
        ApiResponse readOnly = api.patch(id, "{\"status\":\"APPROVED\"}", MERGE_PATCH, null, as(Role.AUTHOR));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("colour");
        assertThat(readOnly.status()).isEqualTo(400);
        assertThat(readOnly.json().get("detail").asString()).contains("status");
        assertThat(events(id)).isEqualTo(1);
    }

    @Test
    void aWishedMeetingDateOutsideTheBoundsIs400InAPatchAsOnCreation() {
        String id = api.drafted();

        ApiResponse farAway = api.patch(id, "{\"wishedMeetingDate\":\"+99999-01-01\"}", MERGE_PATCH, null, as(Role.AUTHOR));

        assertThat(farAway.status()).as(farAway.toString()).isEqualTo(400);
        assertThat(farAway.json().get("detail").asString()).contains("wishedMeetingDate");
        assertThat(events(id)).isEqualTo(1);
    }

    @Test
    void removingARequiredFieldOrAnOverLongValueIs400NamingTheField() {
        String id = api.drafted();

        ApiResponse noTitle = api.patch(id, "{\"title\":null}", MERGE_PATCH, null, as(Role.AUTHOR));
        ApiResponse longTitle = api.patch(id, "{\"title\":\"" + "x".repeat(201) + "\"}", MERGE_PATCH, null, as(Role.AUTHOR));
        ApiResponse badType = api.patch(id, "{\"type\":\"WISH\"}", MERGE_PATCH, null, as(Role.AUTHOR));
        ApiResponse badLevel = api.patch(id, "{\"confidentiality\":\"topgeheim\"}", MERGE_PATCH, null, as(Role.AUTHOR));

        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.json().get("detail").asString()).contains("title");
        assertThat(longTitle.status()).isEqualTo(400);
        assertThat(longTitle.json().get("detail").asString()).contains("title", "at most 200 characters");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.contentType()).startsWith("application/problem+json");
        assertThat(events(id)).isEqualTo(1);
    }

    @Test
    void anotherAuthorsProposalIs403OrIfConfidential404() {
        String open = api.drafted();
        String secret = api.drafted(DraftingApi.VALID.replace("openbaar", "geheim"));

        assertThat(api.patch(open, "{\"title\":\"Van mij\"}", MERGE_PATCH, null, DraftingApi.OTHER_AUTHOR).status())
                .isEqualTo(403);
        assertThat(api.patch(secret, "{\"title\":\"Van mij\"}", MERGE_PATCH, null, DraftingApi.OTHER_AUTHOR).status())
                .isEqualTo(404);
        assertThat(events(open)).isEqualTo(1);
    }

    @Test
    void overLongFieldsOnCreationAre400AndNothingIsStored() {
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        ApiResponse longSummary = api.draft(DraftingApi.VALID.replace("Groener plein", "x".repeat(4001)), as(Role.AUTHOR));
        ApiResponse manyTags = api.draft(DraftingApi.VALID.replace("}", ",\"tags\":[" + "\"t\",".repeat(20) + "\"t\"]}"),
                as(Role.AUTHOR));
        ApiResponse longTag = api.draft(DraftingApi.VALID.replace("}", ",\"tags\":[\"" + "t".repeat(51) + "\"]}"),
                as(Role.AUTHOR));

        assertThat(longSummary.status()).isEqualTo(400);
        assertThat(longSummary.json().get("detail").asString()).contains("summary", "at most 4000 characters");
        assertThat(manyTags.status()).isEqualTo(400);
        assertThat(manyTags.json().get("detail").asString()).contains("tags", "at most 20 tags");
        assertThat(longTag.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);
    }

    @Test
    void anUnknownRelatedProposalIs400() {
        ApiResponse refused = api.draft(DraftingApi.VALID.replace("}",
                ",\"relatedProposal\":\"00000000-0000-0000-0000-000000000001\"}"), as(Role.AUTHOR));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("relatedProposal");
    }

    @Test
    void aCouncilProposalNamesTheCollegeProposalBehindIt() {
        String college = api.drafted();

        ApiResponse council = api.draft(DraftingApi.VALID.replace("COLLEGE_PROPOSAL", "COUNCIL_PROPOSAL")
                .replace("}", ",\"relatedProposal\":\"" + college + "\"}"), as(Role.AUTHOR));

        assertThat(council.status()).as(council.toString()).isEqualTo(201);
        assertThat(council.json().get("relatedProposal").asString()).isEqualTo(college);
    }

    private long events(String id) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, id);
    }
}
