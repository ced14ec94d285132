package nl.hamerslag.publication.zgw;

import nl.hamerslag.contracts.Confidentiality;

import java.time.Instant;
import java.util.UUID;

/**
 * A document of a decision, as the owner's original publication fetched, verified and keeps in the
 * platform's {@code document_copy} (ADR 27), with the decision's confidentiality.
 */
record DocumentRecord(UUID publicationId, int position, String name, String mediaType, long size, String sha256,
                      String owner, Confidentiality confidentiality, Instant registeredAt) {

    UUID informatieobjectUuid() {
        return ZgwIds.informatieobject(publicationId, position);
    }

    UUID besluitinformatieobjectUuid() {
        return ZgwIds.besluitinformatieobject(publicationId, position);
    }
}
