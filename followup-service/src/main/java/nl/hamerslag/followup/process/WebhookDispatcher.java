package nl.hamerslag.followup.process;

import nl.hamerslag.followup.query.SubscriptionStore;
import nl.hamerslag.followup.query.WebhookDeliveries;
import nl.hamerslag.followup.query.WebhookDeliveries.Due;
import nl.hamerslag.followup.query.WebhookSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the due webhook deliveries, signed as Standard Webhooks sign them, every
 * {@code hamerslag.followup.webhooks.poll-interval}. A 2xx answer delivers; anything else (another
 * status, a timeout, a refused connection) is one failed attempt, retried after the back-off.
 * Redirects are not followed: a receiver that moved is registered again.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookDeliveries deliveries;
    private final SubscriptionStore subscriptions;
    private final Duration timeout;
    private final int batchSize;
    private final HttpClient http;

    WebhookDispatcher(WebhookDeliveries deliveries, SubscriptionStore subscriptions,
                      @Value("${hamerslag.followup.webhooks.timeout:10s}") Duration timeout,
                      @Value("${hamerslag.followup.webhooks.batch-size:20}") int batchSize) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.timeout = timeout;
        this.batchSize = batchSize;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${hamerslag.followup.webhooks.poll-interval:2s}")
    void sendDue() {
        List<Due> due = deliveries.claimDue(batchSize, timeout.multipliedBy(3));
        due.forEach(this::send);
    }

    private void send(Due delivery) {
        long timestamp = Instant.now().getEpochSecond();
        Integer status = null;
        String error;
        try {
            String signature = WebhookSignature.sign(subscriptions.secretOf(delivery.subscriptionId()), delivery.eventId(),
                    timestamp, delivery.payload());
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header(WebhookSignature.ID, delivery.eventId())
                    .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE, signature)
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status / 100 == 2) {
                deliveries.delivered(delivery.id(), status);
                return;
            }
            error = "the receiver answered " + status;
        } catch (IOException | RuntimeException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        log.info("Webhook delivery {} of event {} to {} failed (attempt {}): {}; it is retried after the back-off",
                delivery.id(), delivery.eventId(), delivery.url(), delivery.attempts() + 1, error);
        deliveries.failed(delivery, status, error);
    }
}
