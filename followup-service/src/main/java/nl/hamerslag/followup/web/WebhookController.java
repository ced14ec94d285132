package nl.hamerslag.followup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.followup.query.Subscription;
import nl.hamerslag.followup.query.SubscriptionStore;
import nl.hamerslag.followup.query.WebhookDeliveries;
import nl.hamerslag.followup.query.WebhookDelivery;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/followup/webhooks")
@Tag(name = "Abonneren")
class WebhookController {

    private static final Set<Role> KEEPERS = EnumSet.of(Role.CLERK, Role.ADMIN);
    private static final String ROLES = "Alleen de griffie (CLERK) en beheerders (ADMIN) beheren webhooks";
    private static final String NOT_FOUND = "Geen webhook (of levering) met die id van u";
    private static final String WEBHOOK_ID = "De id van de webhook";

    private final SubscriptionStore subscriptions;
    private final WebhookDeliveries deliveries;

    WebhookController(SubscriptionStore subscriptions, WebhookDeliveries deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    @PostMapping
    @Operation(summary = "Webhook registreren", description = "Registreert een URL die elke wijziging in de opvolging "
            + "ontvangt die de registrant mag zien, vanaf nu. Elke levering is een POST met JSON {type, timestamp, "
            + "position, data} en de headers webhook-id, webhook-timestamp en webhook-signature (\"v1,<base64>\", "
            + "HMAC-SHA256 over \"id.timestamp.body\" met het geheim, volgens Standard Webhooks). Een antwoord 2xx "
            + "geldt als afgeleverd; anders volgt een nieuwe poging met steeds langere tussenpozen, en na het maximum "
            + "aantal pogingen staat de levering op DEAD. Met een Idempotency-Key levert een herhaling hetzelfde antwoord.")
    @ApiResponse(responseCode = "201", description = "Geregistreerd; het geheim wordt niet teruggegeven")
    @ApiResponse(responseCode = "400", description = "Geen http(s)-URL, of de URL wijst naar de opvolgingsdienst zelf")
    @ApiResponse(responseCode = "403", description = ROLES)
    ResponseEntity<WebhookResponse> register(@Valid @RequestBody WebhookRequest request,
                                             @Parameter(description = "Maakt de registratie herhaalbaar zonder dubbele webhook")
                                             @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                             Caller caller) {
        Caller keeper = keeper(caller);
        String description = request.description() == null || request.description().isBlank() ? null
                : request.description().strip();
        Subscription subscription = subscriptions.register(request.url(), request.secret(), description, keeper);
        return ResponseEntity.created(URI.create("/api/followup/webhooks/" + subscription.id()))
                .body(WebhookResponse.of(subscription));
    }

    @GetMapping
    @Operation(summary = "Webhooks", description = "Uw webhooks; een beheerder ziet ze allemaal. Zonder geheim.")
    @ApiResponse(responseCode = "200", description = "De webhooks")
    @ApiResponse(responseCode = "403", description = ROLES)
    List<WebhookResponse> list(Caller caller) {
        return subscriptions.visibleTo(keeper(caller)).stream().map(WebhookResponse::of).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Webhook verwijderen", description = "Stopt de leveringen; nog niet afgeleverde vervallen.")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @ApiResponse(responseCode = "403", description = ROLES)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    ResponseEntity<Void> remove(@Parameter(description = WEBHOOK_ID) @PathVariable UUID id, Caller caller) {
        subscriptions.remove(subscription(id, caller).id());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "Leveringen van een webhook", description = "De laatste 200 leveringen, nieuwste eerst: "
            + "PENDING (wordt (opnieuw) geprobeerd, zie nextAttemptAt), DELIVERED of DEAD (alle pogingen mislukt; "
            + "opnieuw te versturen).")
    @ApiResponse(responseCode = "200", description = "De leveringen")
    @ApiResponse(responseCode = "403", description = ROLES)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    List<WebhookDelivery> deliveries(@Parameter(description = WEBHOOK_ID) @PathVariable UUID id, Caller caller) {
        return deliveries.of(subscription(id, caller).id(), 200);
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/resend")
    @Operation(summary = "Levering opnieuw versturen", description = "Zet een levering die DEAD (of DELIVERED) is "
            + "opnieuw klaar, met een nieuwe reeks pogingen; dezelfde webhook-id, zodat de ontvanger een herhaling herkent.")
    @ApiResponse(responseCode = "202", description = "Klaargezet")
    @ApiResponse(responseCode = "403", description = ROLES)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "De levering wordt nog geprobeerd")
    ResponseEntity<WebhookDelivery> resend(@Parameter(description = WEBHOOK_ID) @PathVariable UUID id,
                                           @Parameter(description = "De id van de levering") @PathVariable UUID deliveryId,
                                           Caller caller) {
        UUID subscription = subscription(id, caller).id();
        deliveries.find(subscription, deliveryId).orElseThrow(() -> new WebhookNotFound(deliveryId));
        if (!deliveries.resend(subscription, deliveryId)) {
            throw new WebhookDeliveryPending();
        }
        return ResponseEntity.accepted().body(deliveries.find(subscription, deliveryId).orElseThrow());
    }

    private Subscription subscription(UUID id, Caller caller) {
        return subscriptions.find(id, keeper(caller)).orElseThrow(() -> new WebhookNotFound(id));
    }

    private static Caller keeper(Caller caller) {
        if (!caller.holdsAny(KEEPERS)) {
            throw new WebhookRolesOnly();
        }
        return caller.holds(Role.CLERK) ? caller.actingAs(Role.CLERK) : caller.actingAs(Role.ADMIN);
    }
}
