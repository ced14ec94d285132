package nl.hamerslag.platform.messaging;

import jakarta.servlet.http.HttpServletRequest;
import nl.hamerslag.contracts.Actor;
import nl.hamerslag.identity.CorrelationId;
import nl.hamerslag.platform.MetadataKeys;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import nl.hamerslag.platform.identity.CallerResolver;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Gives every command its actor and its correlation and causation ids. The actor is the caller the
 * command names ({@link CallerCommand}, in the role acted in), else the explicit {@link OriginContext},
 * else the service itself when a saga or event handler acts, else the request's {@link Caller}.
 * Whatever a caller set already is kept.
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
            Map<String, Object> origin = originMetadata(command.getPayload());
            origin.keySet().removeAll(command.getMetaData().keySet());
            return command.andMetaData(origin);
        };
    }

    private Map<String, Object> originMetadata(Object payload) {
        Map<String, Object> metadata = new HashMap<>();
        var explicit = OriginContext.current();
        if (payload instanceof CallerCommand command) {
            // the command names the caller in the role they act in: that is who the audit trail records
            Origin origin = explicit.orElse(null);
            HttpServletRequest request = currentRequest();
            put(metadata, command.caller(), origin != null ? origin.correlationId() : correlation(request),
                    origin != null ? origin.causationId() : "request:" + UUID.randomUUID());
        } else if (explicit.isPresent()) {
            put(metadata, explicit.get().actor(), explicit.get().correlationId(), explicit.get().causationId());
        } else if (CurrentUnitOfWork.isStarted()) {
            Message<?> handled = CurrentUnitOfWork.get().getMessage();
            Object correlation = handled.getMetaData().getOrDefault(MetadataKeys.CORRELATION_ID, handled.getIdentifier());
            put(metadata, Actor.system(serviceName), correlation.toString(), handled.getIdentifier());
        } else {
            put(metadata, CallerResolver.currentRequest().orElseGet(() -> Caller.system(serviceName)),
                    correlation(currentRequest()), "request:" + UUID.randomUUID());
        }
        return metadata;
    }

    private static String correlation(HttpServletRequest request) {
        return CorrelationId.acceptOrMake(request == null ? null : request.getHeader(CORRELATION_HEADER));
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static void put(Map<String, Object> metadata, Caller caller, String correlationId, String causationId) {
        metadata.put(MetadataKeys.ACTOR_SUBJECT, caller.subject());
        metadata.put(MetadataKeys.ACTOR_NAME, caller.name());
        metadata.put(MetadataKeys.ACTOR_ROLE, caller.actingRoleOrRoles());
        metadata.put(MetadataKeys.CORRELATION_ID, correlationId);
        metadata.put(MetadataKeys.CAUSATION_ID, causationId);
    }

    private static void put(Map<String, Object> metadata, Actor actor, String correlationId, String causationId) {
        metadata.put(MetadataKeys.ACTOR_SUBJECT, actor.subject());
        metadata.put(MetadataKeys.ACTOR_NAME, actor.name());
        metadata.put(MetadataKeys.ACTOR_ROLE, actor.role().name());
        metadata.put(MetadataKeys.CORRELATION_ID, correlationId);
        metadata.put(MetadataKeys.CAUSATION_ID, causationId);
    }
}
