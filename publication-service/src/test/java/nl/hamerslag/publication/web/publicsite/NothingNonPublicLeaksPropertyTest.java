package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.contracts.publication.PublicationSource;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.publication.command.CandidateContent;
import nl.hamerslag.publication.command.CandidateDocument;
import nl.hamerslag.publication.command.PublicationMode;
import nl.hamerslag.publication.command.RegisterCandidate;
import nl.hamerslag.publication.document.PublicCopies;
import nl.hamerslag.publication.support.LocalDocumentOwner;
import nl.hamerslag.publication.support.PublicationApi;
import nl.hamerslag.publication.support.PublicationIntegrationTest;
import nl.hamerslag.publication.support.TestPdfs;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestContextManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing that is not published {@code openbaar}, or as a redacted version, ever reaches a public
 * channel: for random candidates (every confidentiality, published automatically or by the editor)
 * and random sequences of the final editor's actions (publish, publish a redacted version, refuse,
 * withdraw, correct), every public channel — the JSON API, the search, the pages, the Atom feed, the
 * sitemap, the document downloads, and the ORI resources, feed and snapshot — shows a candidate exactly
 * when the editor's own answers say it is published and not withdrawn, and never shows the text or the
 * original document of one that is not openbaar. Runs on the shared context of the other integration tests (real PostgreSQL and Kafka).
 */
@PublicationIntegrationTest
class NothingNonPublicLeaksPropertyTest {

    static final String EDITOR = PublicationApi.bearer(Role.FINAL_EDITOR);
    static final String CATEGORY = "https://identifier.overheid.nl/tooi/def/thes/kern/c_816e508d";
    static final String ORGANISATION = "https://identifier.overheid.nl/tooi/id/gemeente/gm0344";

    enum Action { PUBLISH, PUBLISH_REDACTED, REFUSE, WITHDRAW, CORRECT }

    record Scenario(Confidentiality confidentiality, PublicationMode mode, List<Action> actions) {
    }

    /** What one candidate became, as the editor's answers said. */
    record Outcome(String id, Confidentiality confidentiality, String titleWord, String secretWord,
                   CandidateDocument document, boolean published, boolean redacted, boolean withdrawn) {

        boolean isPublic() {
            return published && !withdrawn;
        }
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    PublicCopies copies;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @LocalServerPort
    int port;

    PublicationApi api;
    ApiClient citizen;

    /** jqwik has no Spring extension here: the shared test context is joined by hand, as SpringExtension does. */
    @BeforeProperty
    void joinTheSharedContext() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
        api = new PublicationApi(port, kafka);
        citizen = new ApiClient("http://127.0.0.1:" + port);
    }

    @Property(tries = 20)
    void whatIsNotPublishedOpenbaarNeverReachesAPublicChannel(@ForAll("scenarios") List<Scenario> scenarios) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            outcomes.add(play(scenario));
        }
        String feed = citizen.get("/openbaar/feed.atom").body();
        String sitemap = citizen.get("/openbaar/sitemap.xml").body();
        String oriFeed = allPages("/api/public/ori/v1/feed?limit=1000");
        String oriSnapshot = allPages("/api/public/ori/v1/snapshot?limit=1000");
        for (Outcome outcome : outcomes) {
            check(outcome, feed, sitemap);
            checkOri(outcome, oriFeed, oriSnapshot);
        }
    }

    @Provide
    Arbitrary<List<Scenario>> scenarios() {
        Arbitrary<Scenario> scenario = Combinators.combine(
                Arbitraries.of(Confidentiality.class),
                Arbitraries.of(PublicationMode.class),
                Arbitraries.of(Action.class).list().ofMaxSize(4)).as(Scenario::new);
        return scenario.list().ofMinSize(1).ofMaxSize(3);
    }

    private Outcome play(Scenario scenario) {
        String id = UUID.randomUUID().toString();
        String titleWord = word("titel");
        String secretWord = word("geheim");
        byte[] original = TestPdfs.withMetadata("Origineel " + secretWord);
        ContentHash hash = LocalDocumentOwner.put(original);
        CandidateDocument document = copies.copy(ServiceCatalog.DRAFTING, hash, "besluit.pdf", PublicCopies.PDF);
        commands.sendAndWait(new RegisterCandidate(id, new CandidateContent(PublicationKind.DECISION,
                new PublicationSource("meeting-" + id, "decision-" + id, null, null), DecidingBody.COLLEGE,
                LocalDate.now(), "Besluit " + titleWord, "Besluittekst " + secretWord, scenario.confidentiality(),
                CATEGORY, ORGANISATION, List.of(document)), scenario.mode(), Caller.system("publication")));

        boolean published = scenario.mode() == PublicationMode.AUTOMATIC
                && scenario.confidentiality() == Confidentiality.OPENBAAR;
        boolean redacted = false;
        boolean withdrawn = false;
        for (Action action : scenario.actions()) {
            switch (action) {
                case PUBLISH -> published |= ok(api.post("/api/publications/" + id + "/publish", "", EDITOR));
                case PUBLISH_REDACTED -> {
                    boolean made = ok(api.uploadRedacted("/api/publications/" + id + "/redacted", "besluit-gelakt.pdf",
                            TestPdfs.withMetadata("Gelakte versie " + titleWord),
                            "[{\"document\":\"besluit.pdf\",\"page\":1,\"ground\":\"5.1.2e\",\"description\":\"naam\"}]",
                            EDITOR));
                    published |= made;
                    redacted |= made;
                }
                case REFUSE -> ok(api.post("/api/publications/" + id + "/refuse",
                        "{\"ground\":\"5.2.1\",\"explanation\":\"Persoonlijke beleidsopvattingen\"}", EDITOR));
                case WITHDRAW -> withdrawn |= ok(api.post("/api/publications/" + id + "/withdraw",
                        "{\"reason\":\"Verkeerde bijlage\"}", EDITOR));
                case CORRECT -> ok(api.post("/api/publications/" + id + "/correct",
                        "{\"title\":\"Besluit " + titleWord + "\",\"text\":\"Gecorrigeerde tekst over " + titleWord
                                + "\",\"reason\":\"Typefout\"}", EDITOR));
            }
        }
        return new Outcome(id, scenario.confidentiality(), titleWord, secretWord, document, published, redacted,
                withdrawn);
    }

    private void check(Outcome outcome, String feed, String sitemap) {
        String what = outcome + " ";
        int api = citizen.get("/api/public/publications/" + outcome.id()).status();
        int page = citizen.get("/openbaar/publicaties/" + outcome.id(), "Accept", "text/html").status();
        if (outcome.isPublic()) {
            assertThat(api).as(what + "public API").isEqualTo(200);
            assertThat(page).as(what + "page").isEqualTo(200);
            assertThat(sitemap).as(what + "sitemap").contains(outcome.id());
            assertThat(searchTotal(outcome.titleWord())).as(what + "search").isEqualTo(1);
        } else {
            int gone = outcome.published() && outcome.withdrawn() ? 410 : 404;
            assertThat(api).as(what + "public API").isEqualTo(gone);
            assertThat(page).as(what + "page").isEqualTo(gone);
            assertThat(sitemap).as(what + "sitemap").doesNotContain(outcome.id());
            assertThat(searchTotal(outcome.titleWord())).as(what + "search").isZero();
            if (!outcome.published()) {
                assertThat(feed).as(what + "feed: never published, not even its title").doesNotContain(outcome.titleWord());
            }
        }
        if (outcome.confidentiality() != Confidentiality.OPENBAAR || !outcome.isPublic()) {
            assertThat(feed).as(what + "feed: the text").doesNotContain(outcome.secretWord());
            assertThat(sitemap).as(what + "sitemap: the text").doesNotContain(outcome.secretWord());
            assertThat(searchTotal(outcome.secretWord())).as(what + "search on the text").isZero();
            assertThat(citizen.get("/api/public/publications/" + outcome.id()).body()).as(what + "the text")
                    .doesNotContain(outcome.secretWord());
            assertThat(citizen.get("/openbaar/publicaties/" + outcome.id(), "Accept", "text/html").body())
                    .as(what + "the page's text").doesNotContain(outcome.secretWord());
            assertThat(document(outcome.document().original())).as(what + "the original").isEqualTo(404);
            assertThat(document(outcome.document().publicCopy())).as(what + "the public copy of the original")
                    .isEqualTo(404);
        }
    }

    /**
     * The ORI channels: the Besluit is there exactly while the publication is public; the feed's history and
     * the snapshot never hold the text of what is not openbaar, nor anything of what was never published.
     * (A withdrawn openbaar publication's earlier upserts stay in the feed's history, followed by its delete:
     * it was public then; see docs/standards.md, ORI.)
     */
    private void checkOri(Outcome outcome, String oriFeed, String oriSnapshot) {
        String what = outcome + " ORI ";
        int besluit = citizen.get("/api/public/ori/v1/besluiten/" + outcome.id()).status();
        assertThat(besluit).as(what + "Besluit").isEqualTo(outcome.isPublic() ? 200 : 404);
        if (outcome.isPublic()) {
            assertThat(oriSnapshot).as(what + "snapshot").contains(outcome.id());
        } else {
            assertThat(oriSnapshot).as(what + "snapshot").doesNotContain(outcome.id()).doesNotContain(outcome.titleWord());
        }
        if (!outcome.published()) {
            assertThat(oriFeed).as(what + "feed: never published, not even its id").doesNotContain(outcome.id())
                    .doesNotContain(outcome.titleWord());
        }
        if (outcome.confidentiality() != Confidentiality.OPENBAAR) {
            assertThat(oriFeed).as(what + "feed: the text").doesNotContain(outcome.secretWord());
            assertThat(oriSnapshot).as(what + "snapshot: the text").doesNotContain(outcome.secretWord());
            if (outcome.document().original() != null) {
                assertThat(oriFeed).as(what + "feed: the original").doesNotContain(outcome.document().original().value());
            }
            if (outcome.document().publicCopy() != null) {
                assertThat(oriFeed).as(what + "feed: the public copy of the original")
                        .doesNotContain(outcome.document().publicCopy().value());
            }
        }
    }

    /** Every page of an ORI feed or snapshot, following its cursor, as one text. */
    private String allPages(String first) {
        StringBuilder all = new StringBuilder();
        String path = first;
        while (path != null) {
            ApiResponse page = citizen.get(path);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            all.append(page.body());
            path = page.json().get("hasMore").asBoolean()
                    ? first + "&cursor=" + page.json().get("cursor").asString() : null;
        }
        return all.toString();
    }

    private long searchTotal(String word) {
        ApiResponse found = citizen.get("/api/public/publications?q=" + word);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json().get("total").asLong();
    }

    private int document(ContentHash hash) {
        return hash == null ? 404 : citizen.get("/api/public/documents/" + hash.value()).status();
    }

    private static boolean ok(ApiResponse response) {
        assertThat(response.status()).as("the editor's API never fails on what a client sends: " + response)
                .isLessThan(500);
        return response.status() / 100 == 2;
    }

    /** A word no other publication has, letters only, so that the Dutch text search keeps it whole. */
    private static String word(String prefix) {
        Random random = new Random();
        StringBuilder word = new StringBuilder(prefix);
        for (int i = 0; i < 12; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }
}
