package nl.hamerslag.bench;

import nl.hamerslag.launcher.RunningSystem;
import org.HdrHistogram.Histogram;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision path through the gateway: the last signature until drafting shows APPROVED, recording a decision at
 * fixed arrival rates, and a recorded decision until the public API shows it. The two one-at-a-time figures run on
 * the idle system first; the proposals the first one approves are the ones the second decides.
 */
final class DecisionPath {

    static final String SECTION = "Decisions";
    private final BenchSettings settings;
    private final Results results;
    private final RunningSystem system;
    private final Api gateway;
    private final SignOff signOff;
    private final MeetingApi meetings;
    private final List<String> approved = new ArrayList<>();

    DecisionPath(BenchSettings settings, Results results, RunningSystem system) {
        this.settings = settings;
        this.results = results;
        this.system = system;
        this.gateway = new Api(system.gatewayUrl(), system);
        this.signOff = new SignOff(gateway, system);
        this.meetings = new MeetingApi(system.gatewayUrl(), system);
    }

    /**
     * Last signature → APPROVED: the README's proposal (financial and legal consequences: manager, both controllers,
     * municipal secretary) drafted, submitted and signed step by step; from the last approval's answer, drafting's
     * GET /api/proposals/{id} polled every 2 ms until it says APPROVED. One proposal at a time.
     */
    void lastSignatureToApproved() throws Exception {
        HttpClient http = LoadGenerator.client();
        Histogram lag = new Histogram(3);
        for (int i = 0; i < settings.decisionSamples(); i++) {
            String id = gateway.submittedOne(http, Api.PROPOSAL, OnePagePdf.BYTES);
            long lastSignature = signOff.signAll(http, id);
            lag.recordValue((signOff.awaitApproved(http, id) - lastSignature) / 1000);
            approved.add(id);
        }
        results.add(Figure.of(SECTION, "last signature → APPROVED on drafting's GET /api/proposals/{id} through the "
                + "gateway, idle, " + lag.getTotalCount() + " proposals", RelayLag.text(lag)));
    }

    /**
     * Decision recorded → public: the approved proposals on college agendas (published, opened), then one at a time
     * a decision AS_PROPOSED recorded through the gateway and, from its answer, GET /api/public/decisions/{id} (no
     * token) polled every 2 ms until 200: DecisionTaken relayed to publication, its document fetched from drafting
     * and copied without metadata, published automatically (openbaar, college), in the public catalogue.
     */
    void recordedToPublic() throws Exception {
        HttpClient http = LoadGenerator.client();
        while (approved.size() < settings.decisionSamples()) { // when the figure before failed: its proposals anew
            String id = gateway.submittedOne(http, Api.PROPOSAL, OnePagePdf.BYTES);
            signOff.signAll(http, id);
            approved.add(id);
        }
        List<DecisionSeed.Item> items = DecisionSeed.onAgendas(meetings, approved.subList(0, settings.decisionSamples()), 1);
        Histogram lag = new Histogram(3);
        for (DecisionSeed.Item item : items) {
            String decisionId = meetings.decideOne(http, item.meetingId(), item.itemId());
            long recorded = System.nanoTime();
            lag.recordValue((awaitPublic(http, MeetingApi.publicationIdOfDecision(decisionId)) - recorded) / 1000);
        }
        results.add(Figure.of(SECTION, "decision recorded → on GET /api/public/decisions/{id} through the gateway, "
                + "idle, " + lag.getTotalCount() + " decisions", RelayLag.text(lag)));
    }

    /**
     * Record a decision, open model at each rate of {@code bench.decision.rates}: every request needs an undecided
     * item on an opened meeting, seeded first (not measured; its duration is printed).
     */
    void recordUnderLoad() throws Exception {
        int seconds = settings.decisionSeconds();
        int needed = settings.decisionRates().stream().mapToInt(r -> r * seconds).sum();
        System.out.println("bench: seeding " + needed + " agenda items (approved proposals on opened college meetings)");
        long t0 = System.nanoTime();
        List<DecisionSeed.Item> pool = new DecisionSeed(system).items(needed);
        System.out.printf("bench: seeded %d agenda items on %d meetings in %.0f s%n", needed,
                DecisionSeed.meetingsFor(needed), (System.nanoTime() - t0) / 1e9);
        String spread = " (spread over " + DecisionSeed.meetingsFor(needed) + " meetings; " + seconds
                + " s per step: each request needs a proposal signed off and on an agenda first)";
        int offset = 0;
        for (int rate : settings.decisionRates()) {
            int from = offset;
            LoadResult r = LoadGenerator.open("record a decision via gateway", i -> {
                DecisionSeed.Item item = pool.get(from + i);
                return meetings.decide(item.meetingId(), item.itemId());
            }, 201, rate, seconds, settings.grace());
            results.openRuns.add(r);
            results.add(new Figure(SECTION, "POST /api/meetings/{id}/agenda/{item}/decision via gateway, open model "
                    + rate + "/s for " + seconds + " s" + spread, r.summary(), "offered " + rate + "/s",
                    Results.ratio(r.okPerSecond(), rate)));
            offset += rate * seconds;
        }
    }

    /** {@link System#nanoTime()} of the first 200; 404 until then; anything else, or 60 s, fails the figure. */
    private long awaitPublic(HttpClient http, String publicationId) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            HttpResponse<Void> r = http.send(meetings.publicDecision(publicationId), HttpResponse.BodyHandlers.discarding());
            long answered = System.nanoTime();
            if (r.statusCode() == 200) {
                return answered;
            }
            if (r.statusCode() != 404) {
                throw new IllegalStateException("public decision " + publicationId + " answered " + r.statusCode());
            }
            if (answered > deadline) {
                throw new IllegalStateException("decision publication " + publicationId + " not public within 60 s");
            }
            Thread.sleep(2); // a poll interval; the loop is the wait
        }
    }
}
