package nl.hamerslag.publication.web.publicsite;

/** The Dutch descriptions the public endpoints share in the OpenAPI document. */
final class Descriptions {

    static final String Q = "Zoekwoorden (Nederlandse volledige-tekstzoekopdracht in titel, samenvatting en naam van het "
            + "bestuursorgaan); aanhalingstekens voor een woordgroep, een minteken om een woord uit te sluiten. Ten hoogste "
            + "200 tekens.";
    static final String BODY = "Bestuursorgaan: COLLEGE (college van B en W), COMMITTEE (raadscommissie) of COUNCIL "
            + "(gemeenteraad)";
    static final String CATEGORY = "Woo-informatiecategorie als TOOI-code (bijvoorbeeld c_db4862c3, vergaderstukken "
            + "decentrale overheden) of als volledige TOOI-URI";
    static final String FROM = "Eerste dag van de periode (jjjj-mm-dd), inclusief";
    static final String TO = "Laatste dag van de periode (jjjj-mm-dd), inclusief; niet vóór 'from'";
    static final String DATE_FIELD = "Over welke datum de periode gaat: 'published' (publicatiedatum, standaard) of "
            + "'adopted' (datum van vaststelling)";
    static final String PAGE = "Paginanummer, vanaf 1 (standaard 1)";
    static final String SIZE = "Aantal per pagina, 1 tot en met 100 (standaard 20)";
    static final String ID = "Id van de publicatie";
    static final String NOT_FOUND = "Geen openbare publicatie met dit id. Hetzelfde antwoord voor een id dat nooit bestond "
            + "als voor een publicatie die niet openbaar is";
    static final String GONE = "De publicatie is ingetrokken; het antwoord bevat alleen de intrekkingsmelding (titel, "
            + "datum, reden), nooit de inhoud";
    static final String BAD_REQUEST = "Een parameter is onbruikbaar; het antwoord zegt welke en wat u kunt sturen";

    private Descriptions() {
    }
}
