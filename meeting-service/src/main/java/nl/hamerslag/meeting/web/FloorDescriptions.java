package nl.hamerslag.meeting.web;

/** The descriptions the floor's endpoints share in the OpenAPI document. */
final class FloorDescriptions {

    static final String MEETING_ID = "Id van de vergadering";
    static final String IDEMPOTENCY = "Maakt een herhaalde POST veilig";
    static final String RECORDER = "Alleen de griffie (CLERK) legt dit vast in raad en commissies, het "
            + "bestuurssecretariaat (SECRETARIAT) in het college";
    static final String NO_MEETING = "Geen vergadering met dit id";
    static final String NOT_OPEN = "De vergadering is niet geopend (nog niet, of al gesloten of geannuleerd)";

    private FloorDescriptions() {
    }
}
