package nl.hamerslag.platform.documents;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.identity.LocalSigningKey;
import nl.hamerslag.identity.TokenClaims;
import nl.hamerslag.platform.eventstore.EventStoreAutoConfiguration;
import nl.hamerslag.platform.serviceidentity.LocalServiceTokens;
import nl.hamerslag.test.TestDatabase;
import nl.hamerslag.test.TestTokens;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform's {@link Documents} on a real PostgreSQL (the platform's own migrations) against an
 * owner played by the JDK's HTTP server: what the owner serves is checked against the hash before
 * anything is kept, and what is kept is never asked for again.
 */
class DocumentsIntegrationTest {

    static final byte[] GOOD = "Raadsvoorstel Marktplein, versie 3".getBytes(StandardCharsets.UTF_8);
    static final ContentHash GOOD_HASH = ContentHash.sha256(GOOD);

    static JdbcTemplate jdbc;
    HttpServer owner;
    final List<String> requests = new CopyOnWriteArrayList<>();
    volatile byte[] served = GOOD;
    volatile int status = 200;

    @BeforeAll
    static void database() {
        TestDatabase database = TestDatabase.get();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.createDatabase("documents"),
                database.user(), database.password());
        Flyway.configure().dataSource(dataSource).table(EventStoreAutoConfiguration.PLATFORM_HISTORY_TABLE)
                .locations("classpath:db/platform").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @BeforeEach
    void startOwner() throws IOException {
        owner = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        owner.createContext("/api/documents/", this::serve);
        owner.start();
    }

    @AfterEach
    void stopOwner() {
        owner.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
        byte[] body = status == 200 ? served : "{\"status\":%d}".formatted(status).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/pdf" : "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private Documents documents(URI ownerUrl, long maxSize) {
        LocalServiceTokens tokens = new LocalServiceTokens(
                () -> LocalSigningKey.load(TestTokens.dataDir().resolve("keys")), "meeting",
                Duration.ofMinutes(5), Duration.ofSeconds(30), Clock.systemUTC());
        return new HttpDocuments(new DocumentCopies(jdbc), tokens, Map.of(ServiceCatalog.DRAFTING, ownerUrl), maxSize,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), Duration.ofSeconds(10));
    }

    private URI ownerUrl() {
        return URI.create("http://localhost:" + owner.getAddress().getPort());
    }

    private long copies(ContentHash sha256) {
        return jdbc.queryForObject("select count(*) from document_copy where sha256 = ?", Long.class, sha256.value());
    }

    @Test
    void aDocumentIsFetchedOnceWithTheServicesTokenThenServedFromTheCopy() {
        Documents documents = documents(ownerUrl(), 1024);

        assertThat(documents.get(ServiceCatalog.DRAFTING, GOOD_HASH)).isEqualTo(GOOD);
        assertThat(documents.get(ServiceCatalog.DRAFTING, GOOD_HASH)).isEqualTo(GOOD);
        assertThat(documents(URI.create("http://localhost:1"), 1024).get(ServiceCatalog.DRAFTING, GOOD_HASH))
                .as("a new instance, the owner gone: the copy is in the database").isEqualTo(GOOD);

        assertThat(requests).hasSize(1);
        assertThat(requests.get(0)).startsWith("/api/documents/" + GOOD_HASH.value() + " Bearer ey");
        assertThat(copies(GOOD_HASH)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select media_type from document_copy where sha256 = ?", String.class,
                GOOD_HASH.value())).isEqualTo("application/pdf");
    }

    @Test
    void bytesThatDoNotHaveTheHashAreRefusedNamingTheDocumentAndNothingIsKept() {
        byte[] forged = "Raadsvoorstel Marktplein, versie 3 (aangepast)".getBytes(StandardCharsets.UTF_8);
        ContentHash expected = ContentHash.sha256("what the event named " + System.nanoTime());
        served = forged;

        assertThatThrownBy(() -> documents(ownerUrl(), 1024).get(ServiceCatalog.DRAFTING, expected))
                .isInstanceOfSatisfying(DocumentHashMismatch.class, mismatch -> {
                    assertThat(mismatch.expected()).isEqualTo(expected);
                    assertThat(mismatch.actual()).isEqualTo(ContentHash.sha256(forged));
                })
                .hasMessageContaining(expected.value()).hasMessageContaining("drafting");
        assertThat(copies(expected)).isZero();
        assertThat(copies(ContentHash.sha256(forged))).isZero();
    }

    @Test
    void anOwnerThatIsDownMakesTheDocumentUnavailableForNow() {
        URI gone = ownerUrl();
        owner.stop(0);
        ContentHash sha256 = ContentHash.sha256("not fetched yet " + System.nanoTime());

        assertThatThrownBy(() -> documents(gone, 1024).get(ServiceCatalog.DRAFTING, sha256))
                .isInstanceOfSatisfying(DocumentUnavailable.class,
                        unavailable -> assertThat(unavailable.kind()).isEqualTo(DocumentUnavailable.Kind.TRANSIENT))
                .hasMessageContaining(sha256.value());
    }

    @Test
    void anOwnerFailingIsTransientAndAnOwnerWithoutTheDocumentIsNotFound() {
        ContentHash sha256 = ContentHash.sha256("not there " + System.nanoTime());

        status = 503;
        assertThatThrownBy(() -> documents(ownerUrl(), 1024).get(ServiceCatalog.DRAFTING, sha256))
                .isInstanceOfSatisfying(DocumentUnavailable.class,
                        unavailable -> assertThat(unavailable.kind()).isEqualTo(DocumentUnavailable.Kind.TRANSIENT));
        status = 404;
        assertThatThrownBy(() -> documents(ownerUrl(), 1024).get(ServiceCatalog.DRAFTING, sha256))
                .isInstanceOfSatisfying(DocumentUnavailable.class,
                        unavailable -> assertThat(unavailable.kind()).isEqualTo(DocumentUnavailable.Kind.NOT_FOUND));
        assertThat(copies(sha256)).isZero();
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedAndNotKept() {
        byte[] large = new byte[4096];
        served = large;
        ContentHash sha256 = ContentHash.sha256(large);

        assertThatThrownBy(() -> documents(ownerUrl(), 1024).get(ServiceCatalog.DRAFTING, sha256))
                .isInstanceOfSatisfying(DocumentUnavailable.class,
                        unavailable -> assertThat(unavailable.kind()).isEqualTo(DocumentUnavailable.Kind.REFUSED))
                .hasMessageContaining("hamerslag.documents.max-size");
        assertThat(copies(sha256)).isZero();
    }

    @Test
    void theTokenSentIsTheServicesOwn() throws Exception {
        documents(ownerUrl(), 1024).get(ServiceCatalog.DRAFTING, GOOD_HASH);
        jdbc.update("delete from document_copy where sha256 = ?", GOOD_HASH.value());
        requests.clear();

        documents(ownerUrl(), 1024).get(ServiceCatalog.DRAFTING, GOOD_HASH);

        String token = requests.get(0).substring(requests.get(0).indexOf("Bearer ") + 7);
        assertThat(com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getStringClaim(TokenClaims.SERVICE))
                .isEqualTo("meeting");
    }
}
