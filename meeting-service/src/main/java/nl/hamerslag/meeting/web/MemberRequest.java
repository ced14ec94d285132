package nl.hamerslag.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.hamerslag.meeting.command.BodyLimits;
import nl.hamerslag.meeting.command.Member;
import nl.hamerslag.meeting.command.MemberFunction;

import java.util.UUID;

@Schema(description = "Een lid van een gremium.")
record MemberRequest(
        @Schema(description = "Optioneel: het id van het lid in dit gremium (letters, cijfers, punt, streepje); "
                + "zonder id krijgt het lid een gegenereerd id.", example = "ria-raadslid")
        @Size(max = BodyLimits.MEMBER_ID) @Pattern(regexp = BodyLimits.MEMBER_ID_PATTERN,
                message = "letters, digits, '.', '-' and '_', starting with a letter or digit") String memberId,
        @Schema(description = "Naam", example = "Ria Raadslid")
        @NotBlank @Size(max = BodyLimits.PERSON_NAME) String name,
        @Schema(description = "Functie: MAYOR (burgemeester, voorzitter zonder stem), ALDERMAN (wethouder), "
                + "COUNCIL_MEMBER (raadslid), COMMITTEE_MEMBER (burgerlid), CLERK (griffier), SECRETARY "
                + "(gemeentesecretaris)")
        @NotNull MemberFunction function,
        @Schema(description = "Fractie; verplicht voor een zetel (raadslid, burgerlid) in raad of commissie, en een "
                + "fractie van dit gremium.", example = "D66")
        @Size(max = BodyLimits.PARTY_GROUP) String partyGroup,
        @Schema(description = "Optioneel: de inlognaam (subject van het token) van het lid.", example = "ria.raadslid")
        @Size(max = BodyLimits.SUBJECT) String subject) {

    Member member() {
        return new Member(memberId == null || memberId.isBlank() ? UUID.randomUUID().toString() : memberId,
                name.strip(), function, blankToNull(partyGroup), blankToNull(subject));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
