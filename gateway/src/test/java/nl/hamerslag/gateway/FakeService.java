package nl.hamerslag.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for a service behind the gateway, on a random port: answers its health with a chosen
 * status and every other path with 200, remembering the headers of the last such request.
 * (The real services are exercised end to end by system-tests.)
 */
final class FakeService {

    private final HttpServer server;
    private volatile String healthStatus = "UP";
    private final AtomicReference<Headers> lastRequestHeaders = new AtomicReference<>();
    private final AtomicReference<String> lastRequestPath = new AtomicReference<>();

    private FakeService(HttpServer server) {
        this.server = server;
    }

    static FakeService start() {
        try {
            FakeService fake = new FakeService(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
            fake.server.createContext("/actuator/health", fake::health);
            fake.server.createContext("/", fake::anything);
            fake.server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A URL where nothing listens: a port that was free a moment ago. */
    static String unreachableUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answerHealth(String status) {
        healthStatus = status;
    }

    Headers lastRequestHeaders() {
        return lastRequestHeaders.get();
    }

    String lastRequestPath() {
        return lastRequestPath.get();
    }

    private void health(HttpExchange exchange) throws IOException {
        respond(exchange, "UP".equals(healthStatus) ? 200 : 503, "{\"status\":\"" + healthStatus + "\"}");
    }

    private void anything(HttpExchange exchange) throws IOException {
        lastRequestHeaders.set(exchange.getRequestHeaders());
        lastRequestPath.set(exchange.getRequestURI().getPath());
        respond(exchange, 200, "{\"answeredBy\":\"fake\"}");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
