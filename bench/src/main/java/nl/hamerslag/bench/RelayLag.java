package nl.hamerslag.bench;

import org.HdrHistogram.Histogram;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;

/**
 * Event stored → consumed by another service, seen from outside: the submit's answer comes after drafting has
 * committed ProposalSubmitted; from then, how long until approval's route for it answers 200 (the relay to Kafka,
 * approval's consumer and inbox, the command that opens the route, its projection). Polled every 2 ms, so the
 * figure is at most ~2 ms (plus one GET) late.
 */
final class RelayLag {

    private RelayLag() {
    }

    /** Microseconds per sample, proposals submitted one after the other on an idle system. */
    static Histogram submittedToRouteVisible(Api api, int samples) throws Exception {
        return sample(api, api, samples, () -> true);
    }

    /**
     * As {@link #submittedToRouteVisible}, one proposal after the other for as long as {@code running} says, beside
     * another load (the open model's steps): the relay's lag when the system is busy. Submitted through
     * {@code submitter} (drafting's own port, not to queue behind the gateway's load), the route read through
     * {@code reader} (the gateway: the route is approval's).
     */
    static Histogram whileRunning(Api submitter, Api reader, java.util.function.BooleanSupplier running) throws Exception {
        return sample(submitter, reader, Integer.MAX_VALUE, running);
    }

    private static Histogram sample(Api submitter, Api reader, int samples, java.util.function.BooleanSupplier running)
            throws Exception {
        HttpClient http = LoadGenerator.client();
        Histogram lag = new Histogram(3);
        for (int i = 0; i < samples && running.getAsBoolean(); i++) {
            String id = submitter.submittedOne(http);
            long submitted = System.nanoTime();
            long deadline = submitted + 60_000_000_000L;
            while (true) {
                HttpResponse<Void> r = http.send(reader.route(id), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    lag.recordValue((System.nanoTime() - submitted) / 1000);
                    break;
                }
                if (r.statusCode() != 404) {
                    throw new IllegalStateException("route of " + id + " answered " + r.statusCode());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no route for " + id + " within 60 s of its submission");
                }
                Thread.sleep(2); // a poll interval, not a wait for a result: the loop above is the wait
            }
        }
        return lag;
    }

    static String text(Histogram lag) {
        if (lag.getTotalCount() == 0) {
            return "no sample";
        }
        return String.format("p50 %.0f ms, p99 %.0f ms, max %.0f ms", lag.getValueAtPercentile(50) / 1000.0,
                lag.getValueAtPercentile(99) / 1000.0, lag.getMaxValue() / 1000.0);
    }
}
