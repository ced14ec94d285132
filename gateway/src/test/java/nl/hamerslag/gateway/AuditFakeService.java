package nl.hamerslag.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A stand-in service for the audit fan-out: answers each path with what the test set for it (status,
 * JSON, an optional delay before answering, to play a service too slow to wait for), and 404 for any
 * other path, as a service answers for a proposal it does not know. Remembers the Authorization it got.
 */
final class AuditFakeService {

    private record Answer(int status, String json, Duration delay) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, String> authorizations = new ConcurrentHashMap<>();
    private final Map<String, String> queries = new ConcurrentHashMap<>();

    private AuditFakeService(HttpServer server) {
        this.server = server;
    }

    static AuditFakeService start() {
        try {
            AuditFakeService fake = new AuditFakeService(
                    HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
            fake.server.createContext("/", fake::answer);
            // a slow answer must not hold up the next request to the same stand-in
            fake.server.setExecutor(Executors.newCachedThreadPool());
            fake.server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(String path, int status, String json) {
        answers.put(path, new Answer(status, json, Duration.ZERO));
    }

    void answerSlowly(String path, Duration delay, String json) {
        answers.put(path, new Answer(200, json, delay));
    }

    /** The Authorization header of the last request for {@code path}, or null when it was never asked. */
    String authorizationFor(String path) {
        return authorizations.get(path);
    }

    /** The query string of the last request for {@code path}, or null when it was never asked (or without one). */
    String queryFor(String path) {
        return queries.get(path);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (exchange.getRequestURI().getQuery() != null) {
            queries.put(path, exchange.getRequestURI().getQuery());
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            authorizations.put(path, authorization);
        }
        Answer answer = answers.getOrDefault(path, new Answer(404,
                "{\"status\":404,\"detail\":\"this service knows no event of that proposal\"}", Duration.ZERO));
        if (!answer.delay().isZero()) {
            try {
                Thread.sleep(answer.delay().toMillis()); // plays a service that answers too late
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.close();
                return;
            }
        }
        byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                answer.status() == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
