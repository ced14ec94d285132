package nl.hamerslag.meeting.query;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.meeting.command.MemberFunction;
import nl.hamerslag.meeting.command.Presence;

import java.time.Instant;

@Schema(description = "Een lid van het gremium in deze vergadering, met aanwezigheid")
public record MemberView(
        @Schema(description = "Id van het lid") String memberId,
        @Schema(description = "Naam") String name,
        @Schema(description = "Functie") MemberFunction function,
        @Schema(description = "Fractie") String partyGroup,
        @Schema(description = "Aanwezig (PRESENT), afwezig (ABSENT) of afgemeld (EXCUSED)") Presence presence,
        @Schema(description = "Tijdstip van aankomst of vertrek") Instant presenceAt) {
}
