package nl.hamerslag.publication.zgw;

/** The Dutch OpenAPI descriptions the ZGW endpoints share. */
final class ZgwDescriptions {

    static final String BAD_REQUEST = "Een parameter is ongeldig, of de pagina ligt voorbij de laatste (ValidatieFout met "
            + "invalidParams)";
    static final String FORBIDDEN = "Het token heeft de ZGW-scope niet (Fout, code permission_denied)";
    static final String NOT_FOUND = "Niet gevonden, of boven de maximale vertrouwelijkheidaanduiding van de applicatie "
            + "(Fout, code not_found)";
    static final String PAGE = "Een pagina binnen de gepagineerde resultaten, vanaf 1";
    static final String UUID = "Unieke resource identifier (UUID)";

    private ZgwDescriptions() {
    }
}
