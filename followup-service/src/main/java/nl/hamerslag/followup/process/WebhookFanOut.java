package nl.hamerslag.followup.process;

import nl.hamerslag.followup.query.FollowUpVisibility;
import nl.hamerslag.followup.query.StreamedEvent;
import nl.hamerslag.followup.query.Subscription;
import nl.hamerslag.followup.query.SubscriptionStore;
import nl.hamerslag.followup.query.WebhookDeliveries;
import nl.hamerslag.contracts.IntegrationEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns each published follow-up event into one delivery per subscription whose owner may see it.
 * A tracking processor of its own ({@link #PROCESSING_GROUP}): its token in the event store moves
 * with the delivery rows it writes, so a restart neither loses nor repeats a fan-out.
 */
@Component
@ProcessingGroup(WebhookFanOut.PROCESSING_GROUP)
class WebhookFanOut {

    static final String PROCESSING_GROUP = "followup-webhooks";

    private final SubscriptionStore subscriptions;
    private final WebhookDeliveries deliveries;
    private final FollowUpVisibility visibility;
    private final JsonMapper json;

    WebhookFanOut(SubscriptionStore subscriptions, WebhookDeliveries deliveries, FollowUpVisibility visibility,
                  JsonMapper json) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.visibility = visibility;
        this.json = json;
    }

    @EventHandler
    void on(IntegrationEvent event, TrackedEventMessage<?> message) {
        Optional<StreamedEvent> published = StreamedEvent.of(message);
        if (published.isEmpty()) {
            return;
        }
        StreamedEvent streamed = published.get();
        String payload = null;
        for (Subscription subscription : subscriptions.all()) {
            if (streamed.position() > subscription.fromPosition() && visibility.admits(event, subscription.owner())) {
                payload = payload != null ? payload : envelope(streamed);
                deliveries.enqueue(subscription.id(), streamed, payload);
            }
        }
    }

    /** The Standard Webhooks payload: type, timestamp and the event as data. */
    private String envelope(StreamedEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", event.type());
        body.put("timestamp", event.occurredAt().toString());
        body.put("position", event.position());
        body.put("data", event.event());
        return json.writeValueAsString(body);
    }
}
