package nl.hamerslag.publication.zgw;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the ZGW Besluiten and Documenten APIs say that our events do not: the organisation's RSIN, the
 * besluittype and bestuursorgaan per body, the informatieobjecttype, and which applications may read
 * what (ZGW Autorisaties: scopes and a maximum vertrouwelijkheidaanduiding per application, keyed by the
 * subject of its token). Checked at start-up, every fault named at once.
 *
 * @param rsin                  verantwoordelijkeOrganisatie and bronorganisatie: nine digits
 * @param besluittypen          per body a URL of its BESLUITTYPE (in a Catalogi API)
 * @param bestuursorganen       per body the name ZGW calls bestuursorgaan (at most 50 characters)
 * @param informatieobjecttype  the INFORMATIEOBJECTTYPE of a decision's documents
 * @param auteur                who the documents' auteur is: the organisation
 * @param pageSize              results per page of a paged list (ZGW's reference implementation: 100)
 * @param applications          per token subject (the application's client id) its authorisation
 */
@ConfigurationProperties("hamerslag.zgw")
public record ZgwProperties(@DefaultValue("002220647") String rsin,
                            Map<DecidingBody, URI> besluittypen,
                            Map<DecidingBody, String> bestuursorganen,
                            @DefaultValue("http://localhost:8080/zgw/catalogi/api/v1/informatieobjecttypen/besluitdocument")
                            URI informatieobjecttype,
                            @DefaultValue("Gemeente Utrecht") String auteur,
                            @DefaultValue("100") int pageSize,
                            Map<String, Application> applications) {

    private static final Pattern RSIN = Pattern.compile("[0-9]{9}");

    public ZgwProperties {
        besluittypen = besluittypen == null ? Map.of() : Map.copyOf(besluittypen);
        bestuursorganen = bestuursorganen == null ? Map.of() : Map.copyOf(bestuursorganen);
        applications = applications == null ? Map.of() : Map.copyOf(applications);
        List<String> faults = new java.util.ArrayList<>();
        if (rsin == null || !RSIN.matcher(rsin).matches()) {
            faults.add("hamerslag.zgw.rsin must be an RSIN of nine digits, not '" + rsin + "'");
        }
        for (DecidingBody body : DecidingBody.values()) {
            URI type = besluittypen.get(body);
            if (type == null || !type.isAbsolute() || type.toString().length() > 200) {
                faults.add("hamerslag.zgw.besluittypen." + body + " must be an absolute URL of at most 200 characters");
            }
            String organ = bestuursorganen.get(body);
            if (organ == null || organ.isBlank() || organ.length() > 50) {
                faults.add("hamerslag.zgw.bestuursorganen." + body + " must be a name of 1 to 50 characters");
            }
        }
        if (informatieobjecttype == null || !informatieobjecttype.isAbsolute()
                || informatieobjecttype.toString().length() > 200) {
            faults.add("hamerslag.zgw.informatieobjecttype must be an absolute URL of at most 200 characters");
        }
        if (auteur == null || auteur.isBlank() || auteur.length() > 200) {
            faults.add("hamerslag.zgw.auteur must be a name of 1 to 200 characters");
        }
        if (pageSize < 1 || pageSize > 1000) {
            faults.add("hamerslag.zgw.page-size must be between 1 and 1000");
        }
        applications.forEach((subject, application) -> {
            if (application == null || application.maxVertrouwelijkheidaanduiding() == null) {
                faults.add("hamerslag.zgw.applications." + subject + ".max-vertrouwelijkheidaanduiding is required");
            } else if (!ZgwScope.NAMES.containsAll(application.scopes())) {
                faults.add("hamerslag.zgw.applications." + subject + ".scopes may only name " + ZgwScope.NAMES);
            }
        });
        if (!faults.isEmpty()) {
            throw new IllegalStateException("The ZGW configuration is not usable: " + String.join("; ", faults));
        }
    }

    /**
     * One application's ZGW authorisation (Autorisaties API: an applicatie with scopes and, per type, a
     * maxVertrouwelijkheidaanduiding; here one ceiling for every besluittype and informatieobjecttype).
     */
    public record Application(Set<String> scopes, Confidentiality maxVertrouwelijkheidaanduiding) {
        public Application {
            scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        }
    }
}
