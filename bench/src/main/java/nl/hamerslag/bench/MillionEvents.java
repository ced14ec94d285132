package nl.hamerslag.bench;

import nl.hamerslag.launcher.DatabaseServer;
import nl.hamerslag.launcher.RunningSystem;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part "million": drafting's event store filled to N events (a million in a full run), then what an auditor and
 * an administrator see at that size: the dossier timeline, verify and export through the gateway, the whole store
 * verified by the platform's verifiers, and the proposal-view projection rebuilt. The steps run in this order, the rebuild
 * last: a rebuild that outlasts its window goes on in drafting, and must not run beside another measurement.
 *
 * <p>What the fill sets off in drafting, and why it stays there: its events are {@code ProposalDrafted} and
 * {@code ProposalRevised}, which are no integration events, so the Kafka relay (drafting's one tracking processor)
 * reads past them and sends nothing: no other service gets any work. The proposal-view projection is subscribing, so
 * it only sees events published inside drafting: the generated proposals enter it only by the rebuild. The audit
 * tree (TreeHeadBuilder, every second, 5 000 leaves a head) takes every stored event as a leaf and links each stream
 * to its proposal: the dossiers exist for the auditor only once it has caught up, which is awaited and timed.
 */
final class MillionEvents {

    static final String SECTION = "A million events";
    private static final String SERVICE = "drafting";
    private static final String PROJECTION = "proposal-view";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int EXPORTS = 3;
    private static final Pattern TOKEN_INDEX = Pattern.compile("\"index\"\\s*:\\s*(\\d+)");

    private final MillionSettings settings;
    private final Results results;
    private final DatabaseServer database;
    private final AuditApi api;
    private final Random random = new Random(14);
    private EventFill.Filled filled;

    MillionEvents(MillionSettings settings, Results results, RunningSystem system) {
        this.settings = settings;
        this.results = results;
        this.database = system.database();
        this.api = new AuditApi(system.gatewayUrl(), system);
    }

    /** 1. The fill, and the audit tree (and the relay) until they have caught up with it. */
    void fill() throws Exception {
        long leavesBefore = leaves();
        long startNanos = System.nanoTime();
        EventFill.Shape shape = new EventFill.Shape(settings.events(), settings.longStreams(), settings.longStreamLength(),
                settings.batchSize(), settings.fillBudget(), 14);
        System.out.printf("bench: filling drafting's event store with %,d events%n", settings.events());
        try (ChainedEventStore store = ChainedEventStore.open(database.jdbcUrl(SERVICE), database.username(),
                database.password())) {
            filled = EventFill.fill(store, shape);
        }
        String reached = filled.events() < settings.events()
                ? " — stopped by its " + settings.fillBudget().toSeconds() + " s budget at " + count(filled.events())
                + " of " + count(settings.events()) : "";
        results.add(Figure.of(SECTION, "fill: " + count(filled.events()) + " of drafting's own events into its event "
                        + "store from the bench's JVM, through the platform's hash chain (HashChainingEventStorageEngine "
                        + "over Axon's JDBC engine), one writer, " + settings.batchSize() + " events a transaction: "
                        + count(filled.streams()) + " proposal streams, each ProposalDrafted + 1–6 ProposalRevised, and "
                        + filled.longStreams().size() + " long ones of " + count(filled.longStreamEvents()
                        / Math.max(1, filled.longStreams().size())) + " events" + reached,
                Results.perSecond(filled.perSecond()) + " events (" + String.format("%.1f s", filled.seconds()) + ")"));
        catchUp(leavesBefore, startNanos);
    }

    /** Waits (polling every 200 ms) until the tree holds every stored event and the relay has read past them. */
    private void catchUp(long leavesBefore, long startNanos) throws Exception {
        long fillEnd = System.nanoTime();
        long target = highestGlobalIndex();
        long deadline = fillEnd + settings.treeWait().toNanos();
        long treeDone = -1;
        long relayDone = -1;
        long leaves = leavesBefore;
        long relay = -1;
        while ((treeDone < 0 || relayDone < 0) && System.nanoTime() < deadline) {
            leaves = leaves();
            if (treeDone < 0 && treeHighestGlobalIndex() >= target) {
                treeDone = System.nanoTime();
            }
            relay = relayPosition();
            if (relayDone < 0 && relay >= target) {
                relayDone = System.nanoTime();
            }
            Thread.sleep(200); // a poll interval, not a wait for a result: the loop is the wait
        }
        double sinceStart = ((treeDone < 0 ? System.nanoTime() : treeDone) - startNanos) / 1e9;
        results.add(Figure.of(SECTION, "audit tree (TreeHeadBuilder, each second, beside the fill) takes the "
                        + "events as Merkle leaves and signs heads: caught up with the fill's last event",
                treeDone < 0 ? "not within " + settings.treeWait().toSeconds() + " s of the fill's end: "
                        + count(leaves - leavesBefore) + " leaves taken, " + Results.perSecond((leaves - leavesBefore)
                        / sinceStart) + " leaves"
                        : String.format("%.1f s after the fill's end; ", (treeDone - fillEnd) / 1e9)
                        + Results.perSecond((leaves - leavesBefore) / sinceStart) + " leaves over fill and catch-up"));
        results.add(Figure.of(SECTION, "Kafka relay (drafting's tracking processor) reads past the generated events "
                        + "(none is an integration event: nothing is sent, no other service works)",
                relayDone < 0 ? "not within " + settings.treeWait().toSeconds() + " s of the fill's end (at global index "
                        + relay + " of " + target + ")"
                        : String.format("caught up %.1f s after the fill's end", (relayDone - fillEnd) / 1e9)));
    }

    /** 2. Timeline and verify through the gateway as the auditor, on random short dossiers and on a long one. */
    void dossierLatency() throws Exception {
        requireFill();
        HttpClient http = LoadGenerator.client();
        // a dossier exists for the auditor once the tree has taken its first event: only those are asked for
        List<String> shortOnes = inTree(filled.sample());
        List<String> longOne = inTree(filled.longStreams()).stream().limit(1).toList();
        if (shortOnes.isEmpty()) {
            throw new IllegalStateException("the audit tree has taken none of the sampled dossiers yet");
        }
        // a few of each first, so drafting's and the gateway's code paths are warm when it counts
        DossierLatency.measure(http, api::timeline, DossierLatency::timelineGap, shortOnes, 5, Duration.ofSeconds(30), random);
        DossierLatency.measure(http, api::verify, DossierLatency::verifyGap, shortOnes, 2, Duration.ofSeconds(30), random);
        String how = " via gateway as AUDITOR, closed loop, 1 connection, at " + count(highestGlobalIndex())
                + " events in drafting" + treeBehind();
        latency("GET /api/audit/dossiers/{id}/timeline, random generated dossier" + how, http, true, shortOnes);
        if (!longOne.isEmpty()) {
            latency("GET /api/audit/dossiers/{id}/timeline, the long dossier (" + count(filled.longStreamEvents()
                    / filled.longStreams().size()) + " events)" + how, http, true, longOne);
        }
        latency("GET /api/audit/dossiers/{id}/verify, random generated dossier" + how, http, false, shortOnes);
        if (!longOne.isEmpty()) {
            latency("GET /api/audit/dossiers/{id}/verify, the long dossier" + how, http, false, longOne);
        }
        exports("GET /api/audit/dossiers/{id}/export (a zip: every event, its inclusion proof, the signed heads, the "
                + "verify), random generated dossier" + how, http, shortOnes);
        if (!longOne.isEmpty()) {
            exports("GET /api/audit/dossiers/{id}/export, the long dossier (" + count(filled.longStreamEvents()
                    / filled.longStreams().size()) + " events, as many proofs)" + how, http, longOne);
        }
        long treeSize = JSON.readTree(Api.expect(http, api.treeHeads(SERVICE), 200).body())
                .path("heads").path(0).path("treeSize").asLong();
        List<String> leaves = random.longs(20, 0, treeSize).mapToObj(Long::toString).toList();
        DossierLatency.Sample oneProof = DossierLatency.measure(http, leaf -> api.inclusion(SERVICE, leaf, treeSize),
                answer -> answer.path("auditPath").isArray() ? null : "no auditPath", leaves, EXPORTS,
                settings.latencyBudget(), random);
        results.add(Figure.of(SECTION, "GET /api/audit/drafting/proofs/inclusion, one random leaf's proof (a pass over "
                + "the whole log, as the export made per event before it asked a dossier's proofs at once)" + how
                + " (" + EXPORTS + " requests)", oneProof.text()));
    }

    /** A few exports, one after the other: each verifies and proves the whole dossier, so each is seconds long. */
    private void exports(String what, HttpClient http, List<String> ids) throws Exception {
        Histogram micros = new Histogram(3);
        int errors = 0;
        int notWhole = 0;
        String firstNote = "";
        for (int i = 0; i < EXPORTS; i++) {
            HttpRequest request = api.export(ids.get(random.nextInt(ids.size())));
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = (System.nanoTime() - start) / 1000;
            if (answer.statusCode() != 200) {
                errors++;
                firstNote = firstNote.isEmpty() ? request.uri().getPath() + " answered " + answer.statusCode() : firstNote;
                continue;
            }
            micros.recordValue(took);
            String missing = BundleGaps.missing(answer.body());
            if (!missing.isEmpty()) {
                notWhole++;
                firstNote = firstNote.isEmpty() ? "missing.json: " + LoadGenerator.abbreviate(missing) : firstNote;
            }
        }
        results.add(Figure.of(SECTION, what + " (" + EXPORTS + " requests, one after the other)",
                new DossierLatency.Sample(micros, EXPORTS, errors, notWhole, firstNote).text()));
    }

    private void latency(String what, HttpClient http, boolean timeline, List<String> ids) throws InterruptedException {
        DossierLatency.Sample s = timeline
                ? DossierLatency.measure(http, api::timeline, DossierLatency::timelineGap, ids, settings.requests(),
                settings.latencyBudget(), random)
                : DossierLatency.measure(http, api::verify, DossierLatency::verifyGap, ids, settings.requests(),
                settings.latencyBudget(), random);
        results.add(Figure.of(SECTION, what + " (at most " + settings.requests() + " requests or "
                + settings.latencyBudget().toSeconds() + " s)", s.text()));
    }

    /** 4. The whole store verified in this JVM with the platform's verifiers, on drafting's database. */
    void storeVerification() throws SQLException {
        requireFill();
        String behind = treeBehind();
        try (StoreVerification v = new StoreVerification(database.jdbcUrl(SERVICE), database.username(),
                database.password(), SERVICE)) {
            StoreVerification.TreeResult tree = v.tree();
            results.add(Figure.of(SECTION, "tree head check over the whole log (AuditVerifier.check: read every leaf, "
                            + "recompute the root, check the Ed25519 signature), " + count(tree.check().head().treeSize())
                            + " leaves, in the bench's JVM" + behind,
                    Results.perSecond(tree.leavesPerSecond()) + " leaves (" + String.format("%.1f s", tree.seconds()) + "); "
                            + (tree.check().holds() ? "holds" : "DOES NOT HOLD: " + tree.check().detail())));
            streams("every stream against its leaves and its hash chain (AuditVerifier.verifyStream), 1 thread",
                    v.streamsAgainstLeaves(settings.verifyWindow()));
            streams("every stream's hash chain alone (HashChainVerifier.verify), 1 thread",
                    v.chains(settings.verifyWindow()));
        }
    }

    private void streams(String what, StoreVerification.StreamsResult r) {
        String over = r.streams() < r.totalStreams()
                ? " over the first " + count(r.streams()) + " of " + count(r.totalStreams()) + " streams (" + count(r.events())
                + " events, a " + settings.verifyWindow().toSeconds() + " s window)"
                : " over all " + count(r.streams()) + " streams (" + count(r.events()) + " events)";
        results.add(Figure.of(SECTION, what + over, Results.perSecond(r.eventsPerSecond()) + " events; "
                + (r.intact() == r.streams() ? "all intact" : (r.streams() - r.intact()) + " NOT intact, first: "
                + r.firstBroken())));
    }

    /** 3. The proposal-view projection rebuilt through the gateway as ADMIN, followed for at most its window. */
    void rebuild() throws Exception {
        requireFill();
        HttpClient http = LoadGenerator.client();
        long start = System.nanoTime();
        Api.expect(http, api.rebuild(SERVICE, PROJECTION), 202);
        long deadline = start + settings.rebuildWindow().toNanos();
        JsonNode rebuild = JSON.createObjectNode();
        while (System.nanoTime() < deadline) {
            Thread.sleep(1_000); // a poll interval: the service reports its progress, this loop reads it
            rebuild = JSON.readTree(Api.expect(http, api.projection(SERVICE, PROJECTION), 200).body()).path("rebuild");
            if (!"RUNNING".equals(rebuild.path("outcome").asString(""))) {
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String outcome = rebuild.path("outcome").asString("?");
        long done = rebuild.path("eventsDone").asLong(0);
        long total = rebuild.path("eventsTotal").asLong(0);
        String what = "POST /api/admin/drafting/projections/proposal-view/rebuild via gateway as ADMIN, followed "
                + "every second" + treeBehind();
        if ("FAILED".equals(outcome)) {
            throw new IllegalStateException("the rebuild failed after " + done + " events: " + rebuild.path("failure"));
        }
        if ("DONE".equals(outcome)) {
            results.add(Figure.of(SECTION, what + ": the whole store, " + count(done) + " events",
                    Results.perSecond(done / seconds) + " events (" + String.format("%.1f s", seconds) + ", swap included)"));
        } else {
            results.add(Figure.of(SECTION, what + ": over the first " + count(done) + " events of " + count(total)
                            + " (a " + settings.rebuildWindow().toSeconds() + " s window; the rebuild goes on in drafting)",
                    Results.perSecond(done / seconds) + " events"));
        }
    }

    /** Those of {@code proposalIds} whose stream the audit tree has linked to their proposal. */
    private List<String> inTree(List<String> proposalIds) throws SQLException {
        List<String> linked = new ArrayList<>();
        try (Connection c = database.connect(SERVICE);
             PreparedStatement ps = c.prepareStatement("select 1 from audit_stream_proposal where proposal_id = ?")) {
            for (String id : proposalIds) {
                ps.setObject(1, UUID.fromString(id));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        linked.add(id);
                    }
                }
            }
        }
        return linked;
    }

    /**
     * ", the audit tree 12,345 events behind" while it has not caught up, else "". A few events behind is normal (an
     * auditor's every look is an event, taken within the second): only a tree a head's worth behind is named.
     */
    private String treeBehind() throws SQLException {
        long behind = highestGlobalIndex() - treeHighestGlobalIndex();
        return behind >= 1_000 ? ", the audit tree " + count(behind) + " events behind (still taking them)" : "";
    }

    private void requireFill() {
        if (filled == null) {
            throw new IllegalStateException("the fill did not run or failed: nothing to measure at N events");
        }
    }

    private long leaves() throws SQLException {
        return longQuery("select coalesce(max(leaf_index) + 1, 0) from audit_tree_leaf");
    }

    private long treeHighestGlobalIndex() throws SQLException {
        return longQuery("select coalesce(max(global_index), 0) from audit_tree_leaf");
    }

    private long highestGlobalIndex() throws SQLException {
        return longQuery("select coalesce(max(global_index), 0) from domain_event_entry");
    }

    /** The relay's stored token (Axon's GapAwareTrackingToken as JSON): its index, or -1. */
    private long relayPosition() throws SQLException {
        try (Connection c = database.connect(SERVICE); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select token from token_entry where processor_name = 'kafka-relay'")) {
            long lowest = Long.MAX_VALUE;
            while (rs.next()) {
                byte[] token = rs.getBytes(1);
                Matcher m = TOKEN_INDEX.matcher(token == null ? "" : new String(token, java.nio.charset.StandardCharsets.UTF_8));
                lowest = Math.min(lowest, m.find() ? Long.parseLong(m.group(1)) : -1);
            }
            return lowest == Long.MAX_VALUE ? -1 : lowest;
        }
    }

    private long longQuery(String sql) throws SQLException {
        try (Connection c = database.connect(SERVICE); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String count(long n) {
        return String.format("%,d", n);
    }
}
