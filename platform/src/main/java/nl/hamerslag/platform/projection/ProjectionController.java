package nl.hamerslag.platform.projection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/admin/projections")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Projecties", description = "Beheer: de leesmodellen van deze dienst, opnieuw op te bouwen uit de event store. "
        + "Tijdens het herbouwen antwoorden vragen uit de oude stand; de nieuwe stand komt er in één keer. Alleen de rol ADMIN.")
public class ProjectionController {

    private final ProjectionRebuilds rebuilds;

    public ProjectionController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    @Operation(summary = "Projecties en hun herbouw",
            description = "Alle projecties van deze dienst met hun tabellen, of ze nu worden herbouwd (REBUILDING) en de "
                    + "voortgang van de lopende of laatste herbouw: gebeurtenissen verwerkt, totaal, per seconde en de "
                    + "geschatte resterende tijd.")
    @ApiResponse(responseCode = "200", description = "De projecties")
    @ApiResponse(responseCode = "403", description = "Alleen de rol ADMIN")
    List<ProjectionState> projections() {
        return rebuilds.states();
    }

    @GetMapping("/{name}")
    @Operation(summary = "Eén projectie en haar herbouw", description = "Als in de lijst, voor één projectie.")
    @ApiResponse(responseCode = "200", description = "De projectie")
    @ApiResponse(responseCode = "403", description = "Alleen de rol ADMIN")
    @ApiResponse(responseCode = "404", description = "Geen projectie met deze naam in deze dienst")
    ProjectionState projection(@Parameter(description = "Naam van de projectie, zoals in de lijst") @PathVariable String name) {
        return rebuilds.state(name);
    }

    @PostMapping("/{name}/rebuild")
    @Operation(summary = "Een projectie opnieuw opbouwen",
            description = "Bouwt de projectie op de achtergrond opnieuw op uit alle opgeslagen gebeurtenissen, naast de "
                    + "huidige stand. Vragen antwoorden intussen uit de oude stand; aan het eind worden de gebeurtenissen "
                    + "van intussen bijgewerkt en komt de nieuwe stand er in één transactie. Volg de voortgang met GET "
                    + "(Location). Eén herbouw tegelijk per dienst.")
    @ApiResponse(responseCode = "202", description = "Gestart; de voortgang staat in het antwoord en op de Location")
    @ApiResponse(responseCode = "403", description = "Alleen de rol ADMIN")
    @ApiResponse(responseCode = "404", description = "Geen projectie met deze naam in deze dienst")
    @ApiResponse(responseCode = "409", description = "Er loopt al een herbouw; er is niets gestart")
    ResponseEntity<ProjectionState> rebuild(@Parameter(description = "Naam van de projectie, zoals in de lijst")
                                            @PathVariable String name, Caller caller) {
        ProjectionState started = rebuilds.start(name, caller.subject());
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections/" + started.name())).body(started);
    }
}
