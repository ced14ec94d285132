package nl.hamerslag.publication.web;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.publication.query.ProposalAudiences;
import nl.hamerslag.publication.query.PublicationQueries;
import nl.hamerslag.publication.query.PublicationView;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** A publication the caller may see, or 404 as if it did not exist (docs/decisions/0017). */
@Component
class PublicationAccess {

    private final PublicationQueries queries;
    private final ProposalAudiences audiences;

    PublicationAccess(PublicationQueries queries, ProposalAudiences audiences) {
        this.queries = queries;
        this.audiences = audiences;
    }

    PublicationView visible(String publicationId, Caller caller) {
        UUID id;
        try {
            id = UUID.fromString(publicationId);
        } catch (IllegalArgumentException e) {
            throw new PublicationNotFound(publicationId);
        }
        return queries.publication(id).filter(publication -> !audiences.visible(List.of(publication), caller).isEmpty())
                .orElseThrow(() -> new PublicationNotFound(publicationId));
    }
}
