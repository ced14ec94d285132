package nl.hamerslag.publication.ori;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ORI resources (Open Raadsinformatie 2.0) this service offers, with the name the feed uses
 * ({@code resourceType}) and the collection path of the ORI API.
 */
public enum OriResourceType {
    VERGADERING("Vergadering", "vergaderingen"),
    AGENDAPUNT("Agendapunt", "agendapunten"),
    BESLUIT("Besluit", "besluiten"),
    INFORMATIEOBJECT("Informatieobject", "informatieobjecten"),
    STEMMING("Stemming", "stemmingen"),
    STEMRESULTAAT_PER_FRACTIE("StemresultaatPerFractie", "stemresultatenperfractie"),
    FRACTIE("Fractie", "fracties");

    private final String feedName;
    private final String collection;

    OriResourceType(String feedName, String collection) {
        this.feedName = feedName;
        this.collection = collection;
    }

    public String feedName() {
        return feedName;
    }

    public String collection() {
        return collection;
    }

    public static Optional<OriResourceType> byFeedName(String name) {
        return Arrays.stream(values()).filter(type -> type.feedName.equals(name)).findFirst();
    }
}
