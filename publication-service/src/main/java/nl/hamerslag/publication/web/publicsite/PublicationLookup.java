package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.query.catalogue.CatalogueQueries;
import nl.hamerslag.publication.query.catalogue.PublicPublication;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * One publication for every public channel: public now, or withdrawn (410 with the notice), or
 * nothing at all (404, the same for an id that never existed and one that is not public).
 */
@Component
class PublicationLookup {

    private final CatalogueQueries catalogue;

    PublicationLookup(CatalogueQueries catalogue) {
        this.catalogue = catalogue;
    }

    PublicPublication publication(UUID id) {
        return catalogue.publication(id).orElseThrow(() -> catalogue.withdrawal(id)
                .<RuntimeException>map(PublicationWithdrawn::new).orElseGet(PublicationNotFound::new));
    }

    PublicPublication decision(UUID id) {
        PublicPublication publication = publication(id);
        if (!PublicPublication.DECISION.equals(publication.kind())) {
            throw new PublicationNotFound();
        }
        return publication;
    }
}
