package nl.hamerslag.followup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.followup.query.StreamFeed;
import nl.hamerslag.followup.query.StreamedEvent;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

@RestController
@Tag(name = "Abonneren", description = "Voor de griffie en systemen die geen Kafka spreken: elke wijziging in de "
        + "opvolging als Server-Sent Events, of als webhook.")
class StreamController {

    /** The event that says a resume id was unknown and the stream starts from the oldest event. */
    static final String RESUME_RESET = "resume-reset";
    /** How long a client waits before it reconnects (the SSE retry field). */
    private static final Duration RECONNECT = Duration.ofSeconds(5);

    private final StreamFeed feed;
    private final JsonMapper json;
    private final Duration timeout;

    StreamController(StreamFeed feed, JsonMapper json,
                     @Value("${hamerslag.followup.stream.timeout:30m}") Duration timeout) {
        this.feed = feed;
        this.json = json;
        this.timeout = timeout;
    }

    @GetMapping(path = "/api/followup/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Wijzigingen volgen (Server-Sent Events)", description = "Elke wijziging in de opvolging die u "
            + "mag zien, als Server-Sent Event: id = de positie in de gebeurtenissenlog, event = het soort gebeurtenis "
            + "(zie docs/followup-events.md en het JSON Schema per soort), data = de gebeurtenis als JSON. Zonder "
            + "Last-Event-ID begint de stroom bij de oudste gebeurtenis; met Last-Event-ID gaat hij verder na die "
            + "gebeurtenis, ook na een herstart. Een onbekende Last-Event-ID begint bij de oudste gebeurtenis en zegt "
            + "dat eerst met een event 'resume-reset'. Elke 15 seconden zonder wijziging volgt een commentaarregel. "
            + "De verbinding sluit na 30 minuten; maak dan opnieuw verbinding met de laatste id.")
    @ApiResponse(responseCode = "200", description = "De stroom van gebeurtenissen")
    @ApiResponse(responseCode = "409", description = "Er staan te veel stromen open; probeer het later of gebruik een webhook")
    SseEmitter stream(@Parameter(description = "De id van de laatst ontvangen gebeurtenis; de stroom gaat daarna verder")
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                      Caller caller) {
        StreamFeed.Start start = feed.start(lastEventId);
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        AtomicBoolean open = new AtomicBoolean(true);
        emitter.onCompletion(() -> open.set(false));
        emitter.onTimeout(() -> {
            // the answer ends normally; the client reconnects with its Last-Event-ID
            open.set(false);
            emitter.complete();
        });
        emitter.onError(e -> open.set(false));
        feed.follow(start, caller, new EmitterSink(emitter, json), open::get);
        return emitter;
    }

    private record EmitterSink(SseEmitter emitter, JsonMapper json) implements StreamFeed.StreamSink {

        @Override
        public void opened() throws IOException {
            emitter.send(SseEmitter.event().reconnectTime(RECONNECT.toMillis()));
        }

        @Override
        public void reset(String message) throws IOException {
            emitter.send(SseEmitter.event().name(RESUME_RESET).reconnectTime(RECONNECT.toMillis()).data(message));
        }

        @Override
        public void event(StreamedEvent event) throws IOException {
            emitter.send(SseEmitter.event().id(Long.toString(event.position())).name(event.type())
                    .data(json.writeValueAsString(event.event())));
        }

        @Override
        public void heartbeat() throws IOException {
            emitter.send(SseEmitter.event().comment("keep-alive"));
        }

        @Override
        public void failed(Exception e) {
            emitter.completeWithError(e);
        }

        @Override
        public void complete() {
            try {
                emitter.complete();
            } catch (IllegalStateException alreadyDone) {
                // the client went away or the timeout completed it first
            }
        }
    }
}
