package nl.hamerslag.publication.command;

import java.util.Arrays;
import java.util.Optional;

/**
 * The grounds of the Woo for withholding information (weigeringsgronden, art. 5.1 and 5.2), by the
 * code an editor writes: article, paragraph, point ({@code 5.1.2e}).
 */
public enum WooGround {
    G_5_1_1A("5.1.1a", "de eenheid van de Kroon"),
    G_5_1_1B("5.1.1b", "de veiligheid van de Staat"),
    G_5_1_1C("5.1.1c", "vertrouwelijk verstrekte bedrijfs- en fabricagegegevens"),
    G_5_1_1D("5.1.1d", "bijzondere persoonsgegevens"),
    G_5_1_1E("5.1.1e", "nummers die dienen ter identificatie van een persoon"),
    G_5_1_2A("5.1.2a", "de betrekkingen van Nederland met andere staten en internationale organisaties"),
    G_5_1_2B("5.1.2b", "de economische of financiële belangen van de Staat en andere publiekrechtelijke lichamen"),
    G_5_1_2C("5.1.2c", "de opsporing en vervolging van strafbare feiten"),
    G_5_1_2D("5.1.2d", "inspectie, controle en toezicht door bestuursorganen"),
    G_5_1_2E("5.1.2e", "de eerbiediging van de persoonlijke levenssfeer"),
    G_5_1_2F("5.1.2f", "de bescherming van andere concurrentiegevoelige bedrijfs- en fabricagegegevens"),
    G_5_1_2G("5.1.2g", "de bescherming van het milieu waarop deze informatie betrekking heeft"),
    G_5_1_2H("5.1.2h", "de beveiliging van personen en bedrijven en het voorkomen van sabotage"),
    G_5_1_2I("5.1.2i", "het goed functioneren van de Staat en andere publiekrechtelijke lichamen of bestuursorganen"),
    G_5_1_5("5.1.5", "onevenredige benadeling van een ander belang"),
    G_5_2_1("5.2.1", "persoonlijke beleidsopvattingen in documenten voor intern beraad");

    private final String code;
    private final String label;

    WooGround(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The ground by its code, in any case, with or without "art."; empty when the Woo has no such ground. */
    public static Optional<WooGround> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^art(ikel|\\.)?\\s*", "")
                .replace(" ", "");
        return Arrays.stream(values()).filter(ground -> ground.code.equals(wanted)).findFirst();
    }

    /** Every code, for a message that says what to use. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(WooGround::code).toList());
    }
}
