package nl.hamerslag.platform.messaging;

import jakarta.servlet.http.HttpServletRequest;
import nl.hamerslag.contracts.Actor;
import nl.hamerslag.identity.CorrelationId;
import nl.hamerslag.platform.MetadataKeys;
import nl.hamerslag.platform.identity.Actors;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Gives every command its actor and its correlation and causation ids, from (in this order) an
 * explicit {@link OriginContext}, the message being handled (a saga or event handler acting), or
 * the HTTP request and its authenticated user. Whatever a caller set already is kept.
 */
public class OriginDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    /** The header the gateway sets; also accepted from internal callers. */
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final String serviceName;

    public OriginDispatchInterceptor(String serviceName) {
        this.serviceName = serviceName;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> origin = originMetadata();
            origin.keySet().removeAll(command.getMetaData().keySet());
            return command.andMetaData(origin);
        };
    }

    private Map<String, Object> originMetadata() {
        Map<String, Object> metadata = new HashMap<>();
        var explicit = OriginContext.current();
        if (explicit.isPresent()) {
            put(metadata, explicit.get().actor(), explicit.get().correlationId(), explicit.get().causationId());
        } else if (CurrentUnitOfWork.isStarted()) {
            Message<?> handled = CurrentUnitOfWork.get().getMessage();
            Object correlation = handled.getMetaData().getOrDefault(MetadataKeys.CORRELATION_ID, handled.getIdentifier());
            put(metadata, Actor.system(serviceName), correlation.toString(), handled.getIdentifier());
        } else {
            HttpServletRequest request = currentRequest();
            String correlation = request == null ? null : request.getHeader(CORRELATION_HEADER);
            put(metadata, currentActor(), CorrelationId.acceptOrMake(correlation),
                    "request:" + UUID.randomUUID());
        }
        return metadata;
    }

    private Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return Actors.from(authentication).orElseGet(() -> Actor.system(serviceName));
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static void put(Map<String, Object> metadata, Actor actor, String correlationId, String causationId) {
        metadata.put(MetadataKeys.ACTOR_SUBJECT, actor.subject());
        metadata.put(MetadataKeys.ACTOR_NAME, actor.name());
        metadata.put(MetadataKeys.ACTOR_ROLE, actor.role().name());
        metadata.put(MetadataKeys.CORRELATION_ID, correlationId);
        metadata.put(MetadataKeys.CAUSATION_ID, causationId);
    }
}
