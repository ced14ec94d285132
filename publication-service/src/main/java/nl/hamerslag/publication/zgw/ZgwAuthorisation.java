package nl.hamerslag.publication.zgw;

import nl.hamerslag.contracts.Confidentiality;

import java.util.Arrays;
import java.util.List;

/**
 * What one application may read through the ZGW APIs: a decision or document whose
 * vertrouwelijkheidaanduiding is at most {@code ceiling}. Anything above it does not exist for the
 * application: absent from lists and 404 on detail, as ADR 17 answers whoever the audience does not admit.
 */
record ZgwAuthorisation(String application, Confidentiality ceiling) {

    boolean admits(Confidentiality confidentiality) {
        return ceiling.isAtLeast(confidentiality);
    }

    /** The confidentialities the application may see, as the query side filters on them. */
    List<Confidentiality> admitted() {
        return Arrays.stream(Confidentiality.values()).filter(this::admits).toList();
    }
}
