package nl.hamerslag.followup.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "Een webhook: waarheen elke wijziging wordt gestuurd, en het geheim waarmee elke levering wordt ondertekend")
record WebhookRequest(
        @Schema(description = "De http(s)-URL die de leveringen ontvangt (POST, JSON); niet de opvolgingsdienst zelf",
                example = "https://griffie.example.nl/hamerslag/opvolging")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "Het gedeelde geheim voor de HMAC-SHA256-handtekening (Standard Webhooks); 'whsec_' + "
                + "base64 ondertekent met de gedecodeerde bytes. Wordt versleuteld bewaard en nooit teruggegeven.",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        @NotBlank @Size(min = 16, max = 200) String secret,
        @Schema(description = "Waarvoor de webhook dient", example = "Toezeggingenlijst griffie")
        @Size(max = 200) String description) {
}
