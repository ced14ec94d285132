package nl.hamerslag.platform.messaging;

import nl.hamerslag.platform.MetadataKeys;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Axon messaging rules for every service: commands carry their origin, events inherit it from the
 * command that caused them, and an event handler's error stops its processor instead of being
 * logged and skipped.
 */
@AutoConfiguration
public class MessagingAutoConfiguration {

    /** Copies who and why from the command to every event it causes (replaces Axon's default provider). */
    @Bean
    public CorrelationDataProvider originCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(MetadataKeys.ACTOR_SUBJECT, MetadataKeys.ACTOR_NAME,
                MetadataKeys.ACTOR_ROLE, MetadataKeys.CORRELATION_ID, MetadataKeys.CAUSATION_ID);
    }

    /**
     * Axon's stored tracking tokens are polymorphic (a replay token wraps another token and a
     * context); Jackson 3 refuses every polymorphic type unless told which are safe. Only Axon's
     * own types and ours are.
     */
    @Bean
    public Jackson3SerializerCustomizer axonPolymorphicTypes() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("nl.hamerslag.")
                .allowIfSubType("java.lang.")
                .allowIfSubType("java.util.")
                .build());
    }

    @Bean
    public ConfigurerModule propagateEventHandlerErrors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance()));
    }

    @Bean
    public SmartInitializingSingleton originDispatchInterceptorRegistration(
            CommandBus commandBus, @Value("${spring.application.name:hamerslag}") String serviceName) {
        return () -> commandBus.registerDispatchInterceptor(new OriginDispatchInterceptor(serviceName));
    }
}
