package nl.hamerslag.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * A small HTTP load generator on java.net.http with HdrHistogram (Gatling's Java DSL is not in the package
 * registry this project builds from). The open model sends request i at start + i/rate whether or not earlier
 * ones have been answered, and measures each latency from that intended time, so a server that falls behind shows
 * it (no coordinated omission). The closed model keeps N requests in flight: its throughput is the saturation.
 */
final class LoadGenerator {

    private static final int MAX_SAMPLES = 100_000;

    private LoadGenerator() {
    }

    /** A client of its own per run: connections left by an earlier run's unfinished requests are not reused. */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Open model: {@code rate} requests per second for {@code seconds}; request number i is {@code request.apply(i)}.
     * Waits up to {@code grace} after the last send; what is still open then counts as unfinished.
     */
    static LoadResult open(String name, IntFunction<HttpRequest> request, int expectedStatus, double rate, int seconds,
                           Duration grace) throws InterruptedException {
        HttpClient http = client();
        Histogram latency = new ConcurrentHistogram(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<long[]> samples = Collections.synchronizedList(new ArrayList<>());
        int total = (int) Math.round(rate * seconds);
        long interval = (long) (1e9 / rate);
        CountDownLatch done = new CountDownLatch(total);
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        long[] intended = new long[total];
        boolean[] answered = new boolean[total];
        AtomicLong lastAnswer = new AtomicLong();
        boolean[] stopped = {false}; // guarded by answered: after the cut-off no answer changes the result
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            intended[i] = due;
            int n = i;
            HttpRequest r = request.apply(i);
            inFlight.add(http.sendAsync(r, HttpResponse.BodyHandlers.ofString()).whenComplete((resp, err) -> {
                long now = System.nanoTime();
                synchronized (answered) {
                    if (stopped[0]) {
                        return; // counted as unfinished already (or cancelled by that count): once, not twice
                    }
                    answered[n] = true;
                    lastAnswer.accumulateAndGet(now, Math::max);
                    if (err == null && resp.statusCode() == expectedStatus) {
                        long micros = (now - due) / 1000;
                        latency.recordValue(micros);
                        ok.incrementAndGet();
                        if (samples.size() < MAX_SAMPLES) {
                            samples.add(new long[]{(due - start) / 1_000_000, micros / 1000});
                        }
                    } else {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, err != null ? err.toString()
                                : resp.statusCode() + " " + abbreviate(resp.body()));
                    }
                }
                done.countDown();
            }));
        }
        boolean all = done.await(grace.toMillis(), TimeUnit.MILLISECONDS);
        long cutoff = System.nanoTime();
        long unfinished = 0;
        List<CompletableFuture<?>> abandon = new ArrayList<>();
        synchronized (answered) {
            stopped[0] = true;
            for (int i = 0; i < total; i++) {
                if (!answered[i]) {
                    unfinished++;
                    latency.recordValue((cutoff - intended[i]) / 1000); // a lower bound: it was still waiting
                    abandon.add(inFlight.get(i));
                }
            }
        }
        abandon.forEach(f -> f.cancel(true));
        long end = all ? lastAnswer.get() : cutoff;
        double okPerSecond = ok.get() / ((end - start) / 1e9);
        return new LoadResult(name, rate, ok.get(), errors.get(), unfinished, okPerSecond, latency, firstError.get(),
                new ArrayList<>(samples));
    }

    /** Closed model: {@code connections} users, each sending the next request as soon as the last is answered. */
    static LoadResult closed(String name, IntFunction<HttpRequest> request, int expectedStatus, int connections,
                             int seconds) throws InterruptedException {
        HttpClient http = client();
        Histogram latency = new ConcurrentHistogram(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong counter = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        List<Thread> users = new ArrayList<>();
        for (int u = 0; u < connections; u++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    HttpRequest r = request.apply((int) counter.getAndIncrement());
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
                        if (resp.statusCode() == expectedStatus) {
                            latency.recordValue((System.nanoTime() - sent) / 1000);
                            ok.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, resp.statusCode() + " " + abbreviate(resp.body()));
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "bench-user-" + u);
            t.start();
            users.add(t);
        }
        for (Thread t : users) {
            t.join();
        }
        double okPerSecond = ok.get() / ((System.nanoTime() - start) / 1e9);
        return new LoadResult(name, 0, ok.get(), errors.get(), 0, okPerSecond, latency, firstError.get(), List.of());
    }

    static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
