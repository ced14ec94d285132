package nl.hamerslag.followup.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** A reason, e.g. why a settlement is not accepted. */
record ReasonRequest(@Schema(description = "De reden (verplicht)") @Size(max = 8000) String reason) {
}
