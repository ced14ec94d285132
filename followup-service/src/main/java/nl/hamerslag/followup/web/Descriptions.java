package nl.hamerslag.followup.web;

/** The descriptions the follow-up endpoints share in the OpenAPI document. */
final class Descriptions {

    static final String ITEM_ID = "Id van het opvolgpunt";
    static final String IDEMPOTENCY = "Maakt een herhaalde POST veilig";
    static final String NO_ITEM = "Geen opvolgpunt met dit id, of u mag het niet zien (het gaat over een voorstel dat u "
            + "niet mag zien)";
    static final String WORKER = "U werkt niet aan dit opvolgpunt: alleen de eigen afdeling, het bestuurssecretariaat, de "
            + "griffie of het college";
    static final String SETTLER = "Toezeggingen en moties doet de griffie (CLERK) af, acties en raadsvragen een "
            + "leidinggevende (MANAGER) van de afdeling; wie de afdoening voorstelde, mag haar niet aanvaarden";
    static final String STATE = "Het opvolgpunt is niet in de toestand die dit vraagt (al afgedaan, of nog geen "
            + "afdoening voorgesteld)";

    private Descriptions() {
    }
}
