package nl.hamerslag.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.launcher.RunningSystem;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A submitted proposal's whole approval route signed as the README walks it: the route read once it is open, then
 * every step in stage order approved by the demo user of its role (the launcher mints one token per role). A stage
 * opens in the same command that closes the one before, so each next step is due when the last answer comes.
 */
final class SignOff {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One step of a route: its id in the URL and the role that signs it. */
    record Step(String stepId, Role role) {
    }

    private final Api api;
    private final RunningSystem system;
    /** Minted when a route first asks for the role (not every role has a demo user: SYSTEM has none). */
    private final Map<Role, String> bearer = new ConcurrentHashMap<>();

    SignOff(Api api, RunningSystem system) {
        this.api = api;
        this.system = system;
    }

    /** Signs every step; returns {@link System#nanoTime()} when the last approval was answered. */
    long signAll(HttpClient http, String proposalId) throws IOException, InterruptedException {
        List<Step> steps = steps(awaitRoute(http, proposalId));
        if (steps.isEmpty()) {
            throw new IllegalStateException("the route of " + proposalId + " has no steps");
        }
        long lastAnswer = 0;
        for (Step step : steps) {
            String signer = bearer.computeIfAbsent(step.role(), role -> "Bearer " + system.token(role));
            Api.expect(http, api.approve(proposalId, step.stepId(), signer), 204);
            lastAnswer = System.nanoTime();
        }
        return lastAnswer;
    }

    /**
     * Polls drafting's view of the proposal every 2 ms until it is APPROVED (RouteCompleted relayed back); returns
     * {@link System#nanoTime()} when that answer came. Fails after 60 s.
     */
    long awaitApproved(HttpClient http, String proposalId) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            HttpResponse<String> r = Api.expect(http, api.get(proposalId), 200);
            long answered = System.nanoTime();
            if ("APPROVED".equals(JSON.readTree(r.body()).path("status").asText())) {
                return answered;
            }
            if (answered > deadline) {
                throw new IllegalStateException(proposalId + " is not APPROVED on drafting 60 s after its last signature");
            }
            Thread.sleep(2); // a poll interval; the loop is the wait
        }
    }

    /** The route's steps, stage after stage (the steps of one stage sign in parallel; here one after the other). */
    static List<Step> steps(String routeJson) throws IOException {
        List<Step> steps = new ArrayList<>();
        for (JsonNode stage : JSON.readTree(routeJson).path("stages")) {
            for (JsonNode step : stage.path("steps")) {
                steps.add(new Step(step.path("stepId").asText(), Role.valueOf(step.path("role").asText())));
            }
        }
        return steps;
    }

    private String awaitRoute(HttpClient http, String proposalId) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            HttpResponse<String> r = http.send(api.route(proposalId), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return r.body();
            }
            if (r.statusCode() != 404) {
                throw new IllegalStateException("route of " + proposalId + " answered " + r.statusCode() + ": "
                        + LoadGenerator.abbreviate(r.body()));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no route for " + proposalId + " within 120 s of its submission");
            }
            Thread.sleep(5); // a poll interval; the loop is the wait
        }
    }
}
