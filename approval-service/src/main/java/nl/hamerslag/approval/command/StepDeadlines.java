package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.MetadataKeys;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The deadlines a due step gets: the names the aggregate's deadline handlers answer to, and their payloads. */
public final class StepDeadlines {

    public static final String REMINDER = "approval-step-reminder";
    public static final String ESCALATION = "approval-step-escalation";

    private static final String SERVICE = "approval-service";

    private StepDeadlines() {
    }

    /** At the deadline: remind the step's role, if the step is still unsigned. */
    public record Reminder(String stepId, Instant dueAt) {
    }

    /** After the grace period: escalate to {@code escalateTo}, if the step is still unsigned. */
    public record Escalation(String stepId, Instant dueAt, Role escalateTo) {
    }

    /**
     * A deadline acts for the service itself, in the flow of the request that made the step due:
     * the events it causes carry the system actor and the same correlation and causation.
     */
    static Message<?> message(Object payload) {
        Map<String, Object> origin = new HashMap<>();
        Actor system = Actor.system(SERVICE);
        origin.put(MetadataKeys.ACTOR_SUBJECT, system.subject());
        origin.put(MetadataKeys.ACTOR_NAME, system.name());
        origin.put(MetadataKeys.ACTOR_ROLE, system.role().name());
        if (CurrentUnitOfWork.isStarted()) {
            MetaData current = CurrentUnitOfWork.get().getMessage().getMetaData();
            copy(current, origin, MetadataKeys.CORRELATION_ID);
            copy(current, origin, MetadataKeys.CAUSATION_ID);
        }
        return new GenericMessage<>(payload, origin);
    }

    private static void copy(MetaData from, Map<String, Object> to, String key) {
        Object value = from.get(key);
        if (value != null) {
            to.put(key, value);
        }
    }
}
