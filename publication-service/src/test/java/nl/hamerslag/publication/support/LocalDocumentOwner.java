package nl.hamerslag.publication.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.platform.documents.DocumentCopies;
import nl.hamerslag.platform.documents.Documents;
import nl.hamerslag.platform.documents.HttpDocuments;
import nl.hamerslag.platform.serviceidentity.ServiceTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Drafting, meeting and follow-up as owners of documents, played by the JDK's HTTP server on a free
 * loopback port: {@code GET /api/documents/{sha256}} answers the bytes put here, 404 for others, 503
 * while a hash is marked away. The service fetches from it with the platform's real {@link HttpDocuments}
 * and its own service token, so the fetch, the hash check and the copy are the real ones.
 */
@Configuration(proxyBeanMethods = false)
public class LocalDocumentOwner {

    private static final Map<String, byte[]> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Set<String> AWAY = ConcurrentHashMap.newKeySet();
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static HttpServer server;

    /** The owner has these bytes, under their hash. */
    public static ContentHash put(byte[] content) {
        ContentHash hash = ContentHash.sha256(content);
        DOCUMENTS.put(hash.value(), content);
        return hash;
    }

    /** While away, the owner answers 503 for this hash. */
    public static void away(ContentHash hash, boolean away) {
        if (away) {
            AWAY.add(hash.value());
        } else {
            AWAY.remove(hash.value());
        }
    }

    /** How often the hash was asked for, and with which Authorization. */
    public static List<String> requestsFor(ContentHash hash) {
        return REQUESTS.stream().filter(request -> request.contains(hash.value())).toList();
    }

    static synchronized URI start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/api/documents/", LocalDocumentOwner::serve);
            server.start();
        }
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String hash = exchange.getRequestURI().getPath().substring("/api/documents/".length());
        REQUESTS.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
        byte[] content = DOCUMENTS.get(hash);
        int status = AWAY.contains(hash) ? 503 : content == null ? 404 : 200;
        byte[] body = status == 200 ? content : ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/pdf" : "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Bean
    @Primary
    Documents localOwnersDocuments(ServiceTokens tokens, JdbcTemplate jdbc) {
        URI owner = start();
        return new HttpDocuments(new DocumentCopies(jdbc), tokens, Map.of(ServiceCatalog.DRAFTING, owner,
                ServiceCatalog.MEETING, owner, ServiceCatalog.FOLLOWUP, owner), 50L * 1024 * 1024,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), Duration.ofSeconds(10));
    }
}
