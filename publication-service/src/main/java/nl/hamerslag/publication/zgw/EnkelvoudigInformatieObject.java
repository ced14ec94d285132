package nl.hamerslag.publication.zgw;

import java.util.List;

/**
 * ENKELVOUDIGINFORMATIEOBJECT as the ZGW Documenten API 1.5 gives it (read side): a decision's document
 * with its vertrouwelijkheidaanduiding (the decision's) and its SHA-256 as {@code integriteit}.
 */
record EnkelvoudigInformatieObject(String url, String identificatie, String bronorganisatie, String creatiedatum,
                                   String titel, String vertrouwelijkheidaanduiding, String auteur, String status,
                                   String formaat, String taal, int versie, String beginRegistratie, String bestandsnaam,
                                   String inhoud, long bestandsomvang, Boolean indicatieGebruiksrecht,
                                   Object ondertekening, Integriteit integriteit, String informatieobjecttype,
                                   boolean locked, List<Object> bestandsdelen, List<String> trefwoorden,
                                   boolean inhoudIsVervallen) {

    /** The checksum: always SHA-256, the hash every Hamerslag document is known by. */
    record Integriteit(String algoritme, String waarde, String datum) {
    }
}
