package nl.hamerslag.followup.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads {@code /api/followup/stream} as an SSE client does: frames of id, event and data, comments
 * skipped; it hangs up once it has read enough (the server's heartbeat bounds each wait for a line).
 */
public final class StreamClient {

    public record Frame(String id, String event, String data) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;

    public StreamClient(int port) {
        this.url = "http://localhost:" + port + "/api/followup/stream";
    }

    /** Frames from the stream until {@code enough} holds for what was read; fails after 30 seconds. */
    public List<Frame> read(String bearer, String lastEventId, Predicate<List<Frame>> enough) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer)
                .header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        Instant deadline = Instant.now().plusSeconds(30);
        List<Frame> frames = new ArrayList<>();
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new AssertionError("the stream answered " + response.statusCode() + ": "
                        + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
            }
            try (InputStream body = response.body();
                 BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String id = null;
                String event = null;
                StringBuilder data = null;
                String line;
                while (!enough.test(frames) && (line = lines.readLine()) != null) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new AssertionError("the stream did not bring enough within 30 s; read " + frames);
                    }
                    if (line.isEmpty()) {
                        if (data != null) {
                            frames.add(new Frame(id, event, data.toString()));
                        }
                        id = null;
                        event = null;
                        data = null;
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(5).strip());
                    }
                }
            }
            return frames;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
