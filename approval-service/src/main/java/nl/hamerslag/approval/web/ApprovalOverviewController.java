package nl.hamerslag.approval.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.approval.command.PeopleDirectory;
import nl.hamerslag.approval.query.ApprovalStats;
import nl.hamerslag.approval.query.InboxItem;
import nl.hamerslag.approval.query.ProposalAudiences;
import nl.hamerslag.approval.query.RouteQueries;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/approvals")
@Tag(name = "Werkvoorraad en procesinzicht", description = "Wat op wie wacht: de inbox van de ingelogde gebruiker, "
        + "de te late stappen voor de gemeentesecretaris, en doorlooptijden per soort stap.")
class ApprovalOverviewController {

    private final RouteQueries routes;
    private final ProposalAudiences audiences;
    private final PeopleDirectory directory;
    private final ZoneId zone;

    ApprovalOverviewController(RouteQueries routes, ProposalAudiences audiences, PeopleDirectory directory,
                               @Value("${hamerslag.approval.zone:Europe/Amsterdam}") String zone) {
        this.routes = routes;
        this.audiences = audiences;
        this.directory = directory;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/inbox")
    @Operation(summary = "Mijn te accorderen stappen",
            description = "De stappen die nu op u wachten, oudste eerst, met hun termijn: op grond van uw rollen (en uw "
                    + "afdeling, als de stap er een noemt) volgens het smoelenboek, of omdat de stap aan u is "
                    + "gedelegeerd. Wie niet in het smoelenboek staat, krijgt de stappen van de rollen in zijn token. "
                    + "Alleen stappen van voorstellen die u mag zien.")
    @ApiResponse(responseCode = "200", description = "De stappen, oudste eerst; leeg als er niets wacht")
    List<InboxItem> inbox(Caller caller) {
        Set<UUID> visible = audiences.visibleTo(caller);
        return directory.person(caller.subject())
                .map(person -> routes.inbox(person.subject(), person.roles(), person.department(), Instant.now(), visible))
                .orElseGet(() -> routes.inbox(caller.subject(), caller.roles(), caller.department(), Instant.now(), visible));
    }

    @GetMapping("/overdue")
    @PreAuthorize("hasRole('MUNICIPAL_SECRETARY')")
    @Operation(summary = "Te late stappen (gemeentesecretaris)",
            description = "Alle te accorderen stappen waarvan de termijn verstreken is, het langst verlopen eerst, met "
                    + "of de herinnering en de escalatie al zijn verstuurd; alleen van voorstellen die u mag zien.")
    @ApiResponse(responseCode = "200", description = "De te late stappen")
    @ApiResponse(responseCode = "403", description = "Alleen voor de gemeentesecretaris")
    List<InboxItem> overdue(Caller caller) {
        return routes.overdue(Instant.now(), audiences.visibleTo(caller));
    }

    @GetMapping("/stats")
    @Operation(summary = "Procesinzicht: doorlooptijden en wachtrijen",
            description = "Per soort stap (rol) de doorlooptijd van te accorderen tot akkoord of niet akkoord (mediaan en "
                    + "90e percentiel) voor stappen die in de periode zijn afgehandeld, en hoeveel lopende routes nu bij "
                    + "welke rol wachten (en hoeveel daarvan te laat). Zonder periode: de laatste 30 dagen. Alleen "
                    + "routes van voorstellen die u mag zien tellen mee.")
    @ApiResponse(responseCode = "200", description = "De cijfers")
    @ApiResponse(responseCode = "400", description = "Ongeldige periode (from na to, een jaar buiten 1-9999, of geen "
            + "datum als 2026-03-01)")
    ApprovalStats stats(@Parameter(description = "Eerste dag (ISO-datum), standaard 30 dagen voor 'to'")
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @Parameter(description = "Laatste dag (ISO-datum), standaard vandaag")
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        Caller caller) {
        // the platform bounds every date parameter (1900..9999), so the period's arithmetic cannot overflow
        LocalDate last = to == null ? LocalDate.now(zone) : to;
        LocalDate first = from == null ? last.minusDays(30) : from;
        if (first.isAfter(last)) {
            throw new InvalidPeriod(first, last);
        }
        return routes.stats(first, last, zone, Instant.now(), audiences.visibleTo(caller));
    }
}
