package nl.hamerslag.publication.web;

/** The descriptions the publication endpoints share in the OpenAPI document. */
final class Descriptions {

    static final String ID = "Id van de publicatie (een UUID)";
    static final String IDEMPOTENCY = "Maakt een herhaalde POST veilig: dezelfde sleutel levert hetzelfde antwoord";
    static final String NO_PUBLICATION = "Geen publicatie met dit id, of u mag haar niet zien (ze gaat over een voorstel "
            + "dat u niet mag zien, of is niet openbaar en u bent geen medewerker)";
    static final String EDITOR = "Alleen de eindredacteur (FINAL_EDITOR) beslist over publicatie";
    static final String STATE = "De publicatie is niet in de toestand die dit vraagt (al gepubliceerd, geweigerd of "
            + "teruggetrokken, of onder embargo), of ze is niet openbaar en kan alleen als gelakte versie worden gepubliceerd";

    private Descriptions() {
    }
}
