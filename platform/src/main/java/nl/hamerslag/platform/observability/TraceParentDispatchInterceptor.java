package nl.hamerslag.platform.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Puts the current span's W3C context on every command dispatched inside it (an HTTP request, an
 * inbox's handling of another service's event). Axon copies it to the events the command causes
 * ({@link ObservabilityAutoConfiguration#traceParentCorrelationData}), so it is stored with them and
 * the relay sends it on as a Kafka header. A command that already carries one (dispatched while
 * handling an event) keeps it.
 */
class TraceParentDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final Tracer tracer;
    private final Propagator propagator;

    TraceParentDispatchInterceptor(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Span span = tracer.currentSpan();
            if (span == null || command.getMetaData().containsKey(TraceParent.TRACEPARENT)) {
                return command;
            }
            Map<String, String> context = new HashMap<>();
            propagator.inject(span.context(), context, Map::put);
            context.keySet().retainAll(List.of(TraceParent.TRACEPARENT, TraceParent.TRACESTATE));
            return context.isEmpty() ? command : command.andMetaData(context);
        };
    }
}
