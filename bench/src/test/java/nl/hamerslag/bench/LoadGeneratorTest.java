package nl.hamerslag.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open model must not hide a server that stalls (coordinated omission): a JDK HttpServer in this JVM answers
 * one request at a time, the first after 500 ms; every request sent behind it waited too, from its intended time.
 */
class LoadGeneratorTest {

    @Test
    void aStallShowsInTheLatencyOfEveryRequestQueuedBehindIt() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        boolean[] first = {true};
        server.createContext("/", exchange -> {
            synchronized (first) {
                if (first[0]) {
                    first[0] = false;
                    try {
                        Thread.sleep(500); // the stall under test
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.start();
        try {
            URI uri = URI.create("http://localhost:" + server.getAddress().getPort() + "/");
            LoadResult r = LoadGenerator.open("stall", i -> HttpRequest.newBuilder(uri).GET().build(), 204, 20, 1,
                    Duration.ofSeconds(5));

            assertThat(r.ok()).isEqualTo(20);
            // 20 requests due 50 ms apart; the 9 due during the 500 ms stall waited 450, 400, ... 50 ms behind it,
            // though the server then answers each in well under a millisecond. A generator that waited for each
            // answer before sending the next (and timed from its own late send) would see one slow request only.
            assertThat(r.percentileMs(90)).isGreaterThan(300);
            assertThat(r.percentileMs(99)).isGreaterThan(450);
        } finally {
            server.stop(0);
        }
    }
}
