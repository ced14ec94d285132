package nl.hamerslag.publication.web;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.publication.query.PublicationQueries;
import nl.hamerslag.publication.query.PublicationView;
import nl.hamerslag.publication.query.PublicationVisibility;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** A publication the caller may see, or 404 as if it did not exist (docs/decisions/0017). */
@Component
class PublicationAccess {

    private final PublicationQueries queries;
    private final PublicationVisibility visibility;

    PublicationAccess(PublicationQueries queries, PublicationVisibility visibility) {
        this.queries = queries;
        this.visibility = visibility;
    }

    PublicationView visible(String publicationId, Caller caller) {
        UUID id;
        try {
            id = UUID.fromString(publicationId);
        } catch (IllegalArgumentException e) {
            throw new PublicationNotFound(publicationId);
        }
        return queries.publication(id).filter(publication -> !visibility.visible(List.of(publication), caller).isEmpty())
                .orElseThrow(() -> new PublicationNotFound(publicationId));
    }
}
