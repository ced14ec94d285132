package nl.hamerslag.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Metrics, trace context and log fields for every service (docs/observability.md, ADR 42): command
 * outcomes, processor and relay lag, parked records, inbox duplicates; the W3C trace context carried
 * from the request through the command and its stored events (the relay and the inbox carry it over
 * Kafka); actor and correlation id in every log line.
 */
@AutoConfiguration
public class ObservabilityAutoConfiguration {

    @Bean
    public SmartInitializingSingleton commandObservationRegistration(CommandBus commandBus,
                                                                     ObjectProvider<MeterRegistry> meters,
                                                                     ObjectProvider<Tracer> tracer,
                                                                     ObjectProvider<Propagator> propagator) {
        return () -> {
            commandBus.registerHandlerInterceptor(new CommandMetrics(meters.getIfAvailable(SimpleMeterRegistry::new)));
            commandBus.registerDispatchInterceptor(new TraceParentDispatchInterceptor(
                    tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP)));
        };
    }

    /** Events inherit the trace context of the command (or event) that caused them, as they inherit the actor. */
    @Bean
    public CorrelationDataProvider traceParentCorrelationData() {
        return new SimpleCorrelationDataProvider(TraceParent.TRACEPARENT, TraceParent.TRACESTATE);
    }

    @Bean
    public InboxObservation inboxObservation(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator,
                                             ObjectProvider<MeterRegistry> meters) {
        return new InboxObservation(tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP), meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    public ApplicationListener<ApplicationReadyEvent> eventStoreGauges(ObjectProvider<MeterRegistry> meters,
                                                                       EventProcessingConfiguration processing,
                                                                       EventStore eventStore, JdbcTemplate jdbc,
                                                                       Serializer serializer) {
        // the token store writes tokens with Axon's general serializer, the primary Serializer bean
        return new EventStoreGauges(meters.getIfAvailable(SimpleMeterRegistry::new), processing, eventStore, jdbc,
                serializer);
    }

    /** Just after Spring Security's filter chain (order -100), so that the caller is known. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    public FilterRegistrationBean<LogContextFilter> logContextFilter() {
        FilterRegistrationBean<LogContextFilter> registration = new FilterRegistrationBean<>(new LogContextFilter());
        registration.setOrder(-99);
        return registration;
    }
}
