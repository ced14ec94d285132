package nl.hamerslag.platform.projection;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A projection as the ADMIN sees it: its tables, whether it is being rebuilt and how the last rebuild went. */
@Schema(description = "Een projectie (leesmodel) van deze dienst")
public record ProjectionState(
        @Schema(description = "Naam (de processing group)") String name,
        @Schema(description = "De tabellen die de projectie vult") List<String> tables,
        @Schema(description = "IDLE of REBUILDING. Tijdens het herbouwen antwoorden vragen uit de oude stand.") Status status,
        @Schema(description = "De lopende of laatste herbouw sinds de dienst startte; leeg als er geen was") RebuildProgress rebuild) {

    /** Whether a rebuild runs. */
    public enum Status { IDLE, REBUILDING }
}
