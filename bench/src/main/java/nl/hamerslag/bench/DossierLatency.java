package nl.hamerslag.bench;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Latency of one auditor's call on dossiers: closed loop on one connection (the next request when the last is
 * answered), a dossier drawn at random for each, until {@code requests} were sent or {@code budget} is spent. The
 * answer is read too: a 200 whose {@code missing} names a service (the gateway waited for it in vain), or a verify
 * that is not {@code intact}, is counted and its first reason kept, because a fast answer without drafting's part
 * would not be the latency of the whole dossier.
 */
final class DossierLatency {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DossierLatency() {
    }

    /**
     * @param micros    latency per answered request, µs
     * @param errors    answers other than 200 (and requests that failed)
     * @param notWhole  200s with a service missing, or a verify that was not intact
     * @param firstNote the first error or the first reason an answer was not whole, else ""
     */
    record Sample(Histogram micros, int requests, int errors, int notWhole, String firstNote) {

        String text() {
            String latency = micros.getTotalCount() == 0 ? "no answer"
                    : String.format("p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms",
                    ms(50), ms(95), ms(99), micros.getMaxValue() / 1000.0);
            return latency + "; " + requests + " requests" + (errors > 0 ? ", " + errors + " errors" : "")
                    + (notWhole > 0 ? ", " + notWhole + " not whole" : "")
                    + (firstNote.isEmpty() ? "" : " (first: " + firstNote + ")");
        }

        private double ms(double percentile) {
            return micros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    /** Timeline answers are whole when no service is {@code missing}. */
    static String timelineGap(JsonNode answer) {
        return missing(answer);
    }

    /** Verify answers are whole when {@code intact}; else why not (a missing service, or the first stream that is not). */
    static String verifyGap(JsonNode answer) {
        if (answer.path("intact").asBoolean(false)) {
            return null;
        }
        String missing = missing(answer);
        return missing != null ? missing : "not intact: " + LoadGenerator.abbreviate(answer.path("services").toString());
    }

    private static String missing(JsonNode answer) {
        JsonNode missing = answer.path("missing");
        if (missing.isArray() && !missing.isEmpty()) {
            JsonNode first = missing.get(0);
            return "missing " + first.path("service").asString("?") + ": " + first.path("reason").asString("?");
        }
        return null;
    }

    static Sample measure(HttpClient http, Function<String, HttpRequest> request, Function<JsonNode, String> gap,
                          List<String> ids, int requests, Duration budget, Random random) throws InterruptedException {
        Histogram micros = new Histogram(3);
        int sent = 0;
        int errors = 0;
        int notWhole = 0;
        String firstNote = "";
        long deadline = System.nanoTime() + budget.toNanos();
        while (sent < requests && System.nanoTime() < deadline) {
            HttpRequest r = request.apply(ids.get(random.nextInt(ids.size())));
            sent++;
            long start = System.nanoTime();
            HttpResponse<String> answer;
            try {
                answer = http.send(r, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                errors++;
                firstNote = firstNote.isEmpty() ? r.uri() + ": " + e : firstNote;
                continue;
            }
            long took = (System.nanoTime() - start) / 1000;
            if (answer.statusCode() != 200) {
                errors++;
                firstNote = firstNote.isEmpty() ? r.uri().getPath() + " answered " + answer.statusCode() + ": "
                        + LoadGenerator.abbreviate(answer.body()) : firstNote;
                continue;
            }
            micros.recordValue(took);
            String why = gap.apply(JSON.readTree(answer.body()));
            if (why != null) {
                notWhole++;
                firstNote = firstNote.isEmpty() ? why : firstNote;
            }
        }
        return new Sample(micros, sent, errors, notWhole, firstNote);
    }
}
