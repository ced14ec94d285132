package nl.hamerslag.platform.parking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.parking.ParkedRecordSettlement.Settlement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/admin/parked")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Geparkeerde berichten", description = "Beheer: berichten van andere diensten (Kafka) die deze dienst niet "
        + "kon verwerken en die geen nieuwe poging vanzelf oplost (bijv. een bedrijfsregel weigert ze). Latere berichten "
        + "over hetzelfde voorstel wachten erachter, zodat de volgorde klopt. Alleen de rol ADMIN.")
public class ParkedRecordController {

    private final ParkedRecords records;
    private final ParkedRecordSettlement settlement;

    public ParkedRecordController(ParkedRecords records, ParkedRecordSettlement settlement) {
        this.records = records;
        this.settlement = settlement;
    }

    public record ResolveRequest(
            @NotBlank(message = "say why the record is set aside without applying it") @Size(max = 2000) String reason) {
    }

    @GetMapping
    @Operation(summary = "Geparkeerde en wachtende berichten",
            description = "Alle onafgehandelde berichten, oudste eerst: geparkeerd (PARKED, met de fout) en de berichten "
                    + "die daarachter wachten (WAITING).")
    @ApiResponse(responseCode = "200", description = "De lijst (leeg als alles verwerkt is)")
    @ApiResponse(responseCode = "403", description = "Alleen de rol ADMIN")
    List<ParkedRecord> unresolved() {
        return records.unresolved();
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Een geparkeerd bericht opnieuw verwerken",
            description = "Verwerkt het bericht nu opnieuw. Lukt dat, dan worden de berichten die erachter wachtten op "
                    + "volgorde verwerkt; mislukt het, dan blijft het geparkeerd met de nieuwe fout. De poging wordt "
                    + "vastgelegd (audit) met wie het deed.")
    @ApiResponse(responseCode = "200", description = "Het bericht na de poging, en wat er daarna is vrijgegeven")
    @ApiResponse(responseCode = "403", description = "Alleen de rol ADMIN")
    @ApiResponse(responseCode = "404", description = "Geen geparkeerd bericht met dit id")
    @ApiResponse(responseCode = "409", description = "Het bericht wacht achter een ander, of is al afgehandeld")
    Settlement retry(@Parameter(description = "Id van het geparkeerde bericht") @PathVariable UUID id,
                     Caller caller) {
        return settlement.retry(id, caller.actingAs(Role.ADMIN).actor());
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Een geparkeerd bericht afhandelen zonder het te verwerken",
            description = "Legt het bericht met een reden opzij (het wordt niet verwerkt) en verwerkt de berichten die "
                    + "erachter wachtten op volgorde. De reden en wie het deed worden vastgelegd (audit).")
    @ApiResponse(responseCode = "200", description = "Het afgehandelde bericht, en wat er daarna is vrijgegeven")
    @ApiResponse(responseCode = "400", description = "Zonder reden")
    @ApiResponse(responseCode = "403", description = "Alleen de rol ADMIN")
    @ApiResponse(responseCode = "404", description = "Geen geparkeerd bericht met dit id")
    @ApiResponse(responseCode = "409", description = "Het bericht wacht achter een ander, of is al afgehandeld")
    Settlement resolve(@Parameter(description = "Id van het geparkeerde bericht") @PathVariable UUID id,
                       @Valid @RequestBody ResolveRequest request, Caller caller) {
        return settlement.resolve(id, request.reason(), caller.actingAs(Role.ADMIN).actor());
    }
}
