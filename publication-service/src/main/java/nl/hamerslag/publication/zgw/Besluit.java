package nl.hamerslag.publication.zgw;

/**
 * BESLUIT as the ZGW Besluiten API 1.0 gives it (read side). Fields without a value here are left out
 * where ZGW does not allow null ({@code zaak}, {@code vervalreden}) and null where it does.
 */
record Besluit(String url, String identificatie, String verantwoordelijkeOrganisatie, String besluittype,
               String datum, String toelichting, String bestuursorgaan, String ingangsdatum, String vervaldatum,
               String publicatiedatum, String verzenddatum, String uiterlijkeReactiedatum) {
}
