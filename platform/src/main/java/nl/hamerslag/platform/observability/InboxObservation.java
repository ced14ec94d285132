package nl.hamerslag.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.MDC;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * What the inbox tells about its work: the handling of a record joins the trace of the request that
 * caused the event (its {@code traceparent} header, written by the producing service's relay), its log
 * lines carry the event's correlation id and the acting service, and every redelivery it drops counts
 * in {@code hamerslag.inbox.duplicates{consumer}} (Prometheus {@code hamerslag_inbox_duplicates_total}).
 */
public class InboxObservation {

    private static final Propagator.Getter<Headers> HEADERS = (headers, key) -> {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    };

    private final Tracer tracer;
    private final Propagator propagator;
    private final MeterRegistry meters;

    public InboxObservation(Tracer tracer, Propagator propagator, MeterRegistry meters) {
        this.tracer = tracer;
        this.propagator = propagator;
        this.meters = meters;
    }

    /** For an inbox outside a Spring context (tests): no trace, meters kept in memory. */
    public static InboxObservation none() {
        return new InboxObservation(Tracer.NOOP, Propagator.NOOP, new SimpleMeterRegistry());
    }

    /** Runs {@code work} as the consumer's handling of {@code record}, in a span that continues the record's trace. */
    public <T> T handle(String consumer, ConsumerRecord<String, byte[]> record, String correlationId, String actor,
                        Supplier<T> work) {
        Span span = propagator.extract(record.headers(), HEADERS)
                .name("inbox " + consumer)
                .kind(Span.Kind.CONSUMER)
                .tag("messaging.destination.name", record.topic())
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span);
             MDC.MDCCloseable correlation = MDC.putCloseable(LogFields.CORRELATION_ID, correlationId);
             MDC.MDCCloseable acting = MDC.putCloseable(LogFields.ACTOR, actor)) {
            return work.get();
        } catch (RuntimeException | Error e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    public void duplicateDropped(String consumer) {
        Counter.builder("hamerslag.inbox.duplicates")
                .description("Redelivered events the inbox dropped because their effect had already happened")
                .tag("consumer", consumer)
                .register(meters)
                .increment();
    }
}
