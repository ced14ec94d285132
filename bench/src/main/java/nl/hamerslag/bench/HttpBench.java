package nl.hamerslag.bench;

import nl.hamerslag.launcher.RunningSystem;

import org.HdrHistogram.Histogram;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** The commands and queries, through the gateway and straight to drafting, closed and open model. */
final class HttpBench {

    static final String SECTION = "HTTP";
    static final String CPU_SECTION = "CPU per request";
    private final BenchSettings settings;
    private final Results results;
    private final Api gateway;
    private final Api direct;
    private final List<String> proposalIds = Collections.synchronizedList(new ArrayList<>());
    private final RunningSystem system;

    HttpBench(BenchSettings settings, Results results, RunningSystem system) {
        this.settings = settings;
        this.system = system;
        this.results = results;
        this.gateway = new Api(system.gatewayUrl(), system);
        this.direct = new Api(system.serviceUrl("drafting"), system);
    }

    Api gateway() {
        return gateway;
    }

    /** Saturation (closed model, N connections): create and GET, through the gateway and direct; ratios to the baselines. */
    void saturation(double insertPerSecond8) throws Exception {
        createForReading(settings.quick() ? 20 : 100);
        warmUp();
        int c = settings.connections();
        LoadResult createGw = closed("POST /api/proposals via gateway", creating(gateway), 201);
        LoadResult createDirect = closed("POST /api/proposals direct to drafting", i -> direct.create(), 201);
        LoadResult getGw = closed("GET /api/proposals/{id} via gateway", i -> gateway.get(anyId(i)), 200);
        LoadResult getDirect = closed("GET /api/proposals/{id} direct to drafting", i -> direct.get(anyId(i)), 200);
        String conn = " (closed model, " + c + " connections)";
        addSaturation("POST /api/proposals via gateway" + conn, createGw, "PostgreSQL INSERT+commit, 8 clients", insertPerSecond8);
        addSaturation("POST /api/proposals direct to drafting" + conn, createDirect, "PostgreSQL INSERT+commit, 8 clients", insertPerSecond8);
        results.add(new Figure(SECTION, "create: gateway ÷ direct", Results.perSecond(createGw.okPerSecond()),
                "direct " + Results.perSecond(createDirect.okPerSecond()), Results.ratio(createGw.okPerSecond(), createDirect.okPerSecond())));
        addSaturation("GET /api/proposals/{id} via gateway" + conn, getGw, "", 0);
        addSaturation("GET /api/proposals/{id} direct to drafting" + conn, getDirect, "", 0);
        results.add(new Figure(SECTION, "GET: gateway ÷ direct", Results.perSecond(getGw.okPerSecond()),
                "direct " + Results.perSecond(getDirect.okPerSecond()), Results.ratio(getGw.okPerSecond(), getDirect.okPerSecond())));
    }

    /** One saturation run, with the CPU each component spent per answered request (section "CPU per request"). */
    private LoadResult closed(String what, IntFunction<HttpRequest> request, int status) throws Exception {
        Map<String, Double> before = CpuTime.perComponent(system, settings.dataDir());
        LoadResult r = LoadGenerator.closed(what, request, status, settings.connections(), settings.closedSeconds());
        Map<String, Double> per = CpuTime.perRequest(before, CpuTime.perComponent(system, settings.dataDir()),
                r.ok());
        results.add(Figure.of(CPU_SECTION, what + " (saturation run)", CpuTime.text(per)));
        return r;
    }

    /**
     * Open model at each rate: create and GET through the gateway. Beside each create step, proposals are submitted
     * one at a time (straight to drafting) and the time until approval's route is visible is taken: relay lag under load.
     */
    void openModel() throws Exception {
        ExecutorService beside = Executors.newSingleThreadExecutor();
        try {
            for (int rate : settings.openRates()) {
                java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
                Future<Histogram> relay = beside.submit(() -> RelayLag.whileRunning(direct, gateway, running::get));
                try {
                    openStep("POST /api/proposals via gateway", creating(gateway), 201, rate, settings.openSeconds());
                } finally {
                    running.set(false);
                }
                String what = "submitted → approval's route visible, while creating at " + rate + "/s";
                try {
                    Histogram lag = relay.get();
                    results.add(Figure.of("Relay", what + ", " + lag.getTotalCount() + " proposals", RelayLag.text(lag)));
                } catch (java.util.concurrent.ExecutionException e) {
                    results.failed("Relay", what, e); // the open model's steps go on without this figure
                }
                openStep("GET /api/proposals/{id} via gateway", i -> gateway.get(anyId(i)), 200, rate, settings.openSeconds());
            }
        } finally {
            beside.shutdownNow();
        }
    }

    /**
     * Approve the manager's step, open model at each rate: every approval needs a proposal of its own whose route
     * is open, so they are drafted, given a main document and submitted first (8 at a time, straight to drafting:
     * the seeding is not what is measured), and their routes awaited.
     */
    void approveOpenModel() throws Exception {
        int needed = settings.approveRates().stream().mapToInt(r -> r * settings.approveSeconds()).sum();
        System.out.println("bench: seeding " + needed + " submitted proposals for the approvals");
        List<String> pool = seedSubmitted(needed);
        HttpClient http = LoadGenerator.client();
        for (String id : pool) {
            awaitRoute(http, id);
        }
        int offset = 0;
        for (int rate : settings.approveRates()) {
            int from = offset;
            openStep("approve a step via gateway", i -> gateway.approveManagerStep(pool.get(from + i)), 204, rate,
                    settings.approveSeconds());
            offset += rate * settings.approveSeconds();
        }
    }

    private void openStep(String what, IntFunction<HttpRequest> request, int status, int rate, int seconds) throws Exception {
        Map<String, Double> before = CpuTime.perComponent(system, settings.dataDir());
        LoadResult r = LoadGenerator.open(what, request, status, rate, seconds, settings.grace());
        results.add(Figure.of(CPU_SECTION, what + ", open model " + rate + "/s", CpuTime.text(CpuTime.perRequest(
                before, CpuTime.perComponent(system, settings.dataDir()), r.ok()))));
        results.openRuns.add(r);
        results.add(new Figure(SECTION, what + ", open model " + rate + "/s for " + seconds + " s",
                r.summary(), "offered " + rate + "/s", Results.ratio(r.okPerSecond(), rate)));
    }

    private void addSaturation(String what, LoadResult r, String baselineLabel, double baseline) {
        results.add(new Figure(SECTION, what, Results.perSecond(r.okPerSecond()) + "; " + r.latencyText()
                + (r.errors() > 0 ? "; " + r.errors() + " errors, first: " + r.firstError() : ""),
                baselineLabel.isEmpty() ? "" : baselineLabel + " " + Results.perSecond(baseline),
                baselineLabel.isEmpty() ? "" : Results.ratio(r.okPerSecond(), baseline)));
    }

    /** A few seconds of each call first, so the services' JIT and connection pools are warm when it counts. */
    private void warmUp() throws InterruptedException {
        int s = settings.quick() ? 2 : 5;
        LoadGenerator.closed("warm-up", creating(gateway), 201, 4, s);
        LoadGenerator.closed("warm-up", i -> direct.create(), 201, 4, s);
        LoadGenerator.closed("warm-up", i -> gateway.get(anyId(i)), 200, 4, s);
        LoadGenerator.closed("warm-up", i -> direct.get(anyId(i)), 200, 4, s);
    }

    /** Creates through {@code api}: each with an Idempotency-Key of its own, so each is a new proposal. */
    private static IntFunction<HttpRequest> creating(Api api) {
        return i -> api.create();
    }

    private String anyId(int i) {
        return proposalIds.get(Math.floorMod(i * 31, proposalIds.size()));
    }

    /** Ids for the GETs: some proposals created on purpose (the load's own answers are not parsed). */
    void createForReading(int count) throws Exception {
        HttpClient http = LoadGenerator.client();
        for (int i = 0; i < count; i++) {
            proposalIds.add(gateway.createOne(http));
        }
    }

    private List<String> seedSubmitted(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<List<String>>> parts = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                parts.add(pool.submit(() -> {
                    HttpClient http = LoadGenerator.client();
                    List<String> ids = new ArrayList<>();
                    while (next.getAndIncrement() < count) {
                        ids.add(direct.submittedOne(http));
                    }
                    return ids;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : parts) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitRoute(HttpClient http, String id) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (http.send(gateway.route(id), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no route for " + id + " within 120 s of its submission");
            }
            Thread.sleep(20); // a poll interval; the loop is the wait
        }
    }
}
