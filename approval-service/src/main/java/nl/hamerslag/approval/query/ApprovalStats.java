package nl.hamerslag.approval.query;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.contracts.Role;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "Procesinzicht: doorlooptijden per soort stap en waar routes nu wachten.")
public record ApprovalStats(
        @Schema(description = "Begin van de periode (inclusief).") LocalDate from,
        @Schema(description = "Einde van de periode (inclusief).") LocalDate to,
        @Schema(description = "Per rol: van te accorderen tot akkoord of niet akkoord, voor stappen afgehandeld in de "
                + "periode.") List<LeadTime> leadTimes,
        @Schema(description = "Nu: hoeveel lopende routes bij welke rol wachten.") List<Waiting> waiting) {

    @Schema(description = "Doorlooptijd van één soort stap; tijden als ISO-8601-duur (PT26H) en in uren.")
    public record LeadTime(Role role, long steps, String median, String p90, double medianHours, double p90Hours) {
    }

    @Schema(description = "Lopende routes die wachten op een rol; overdue: met verstreken termijn.")
    public record Waiting(Role role, long routes, long overdue) {
    }
}
