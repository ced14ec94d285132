package nl.hamerslag.followup.web;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.followup.query.Subscription;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "Een geregistreerde webhook (zonder geheim)")
record WebhookResponse(UUID id, String url, String description,
                       @Schema(description = "Wie de webhook registreerde; leveringen bevatten alleen wat deze persoon mag zien")
                       String owner,
                       @Schema(description = "Gebeurtenissen na deze positie worden geleverd") long fromPosition,
                       Instant createdAt) {

    static WebhookResponse of(Subscription subscription) {
        return new WebhookResponse(subscription.id(), subscription.url(), subscription.description(),
                subscription.owner().subject(), subscription.fromPosition(), subscription.createdAt());
    }
}
