package nl.hamerslag.publication.zgw;

import nl.hamerslag.contracts.DecidingBody;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Our decisions and documents in ZGW's shape, with what the configuration adds (RSIN, types, names). */
@Component
class ZgwResources {

    /** ZGW's language code for Dutch (ISO 639-2/B). */
    private static final String DUTCH = "dut";

    private final ZgwProperties properties;

    ZgwResources(ZgwProperties properties) {
        this.properties = properties;
    }

    Besluit besluit(DecisionRecord decision, ZgwUrls urls) {
        String date = decision.date().toString();
        String identificatie = decision.decisionId() != null && decision.decisionId().length() <= 50
                ? decision.decisionId() : decision.publicationId().toString();
        String toelichting = decision.text() != null && !decision.text().isBlank() ? decision.text() : decision.title();
        return new Besluit(urls.besluit(decision.publicationId()), identificatie, properties.rsin(),
                properties.besluittypen().get(body(decision)).toString(), date, toelichting,
                properties.bestuursorganen().get(body(decision)), date, null,
                decision.publishedAt() == null ? null : day(decision.publishedAt()), null, null);
    }

    List<DecidingBody> bodiesOfType(String besluittype) {
        return properties.besluittypen().entrySet().stream().filter(e -> e.getValue().toString().equals(besluittype))
                .map(java.util.Map.Entry::getKey).sorted().toList();
    }

    BesluitInformatieObject besluitinformatieobject(DocumentRecord document, ZgwUrls urls) {
        return new BesluitInformatieObject(urls.besluitinformatieobject(document.besluitinformatieobjectUuid()),
                urls.informatieobject(document.informatieobjectUuid()), urls.besluit(document.publicationId()));
    }

    EnkelvoudigInformatieObject informatieobject(DocumentRecord document, ZgwUrls urls) {
        String registered = day(document.registeredAt());
        return new EnkelvoudigInformatieObject(urls.informatieobject(document.informatieobjectUuid()),
                document.informatieobjectUuid().toString(), properties.rsin(), registered, at(document.name(), 200),
                document.confidentiality().zgwName(), properties.auteur(), "definitief", at(document.mediaType(), 255),
                DUTCH, 1, document.registeredAt().toString(), at(document.name(), 255),
                urls.download(document.informatieobjectUuid()), document.size(), null, null,
                new EnkelvoudigInformatieObject.Integriteit("sha_256", document.sha256(), registered),
                properties.informatieobjecttype().toString(), false, List.of(), List.of(), false);
    }

    private static DecidingBody body(DecisionRecord decision) {
        if (decision.body() == null) {
            throw new IllegalStateException("decision " + decision.publicationId() + " has no deciding body");
        }
        return decision.body();
    }

    private static String day(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    /** ZGW bounds its texts; a longer name is cut rather than refused, since it was accepted upstream. */
    private static String at(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
