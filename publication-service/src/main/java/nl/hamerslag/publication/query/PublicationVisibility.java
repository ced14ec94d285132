package nl.hamerslag.publication.query;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.visibility.ProposalAudiences;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see a publication or candidate on the INTERNAL channel: the one visibility rule
 * ({@link ProposalAudiences}, docs/decisions/0017 and 0032) applied to the proposal it is about; one
 * about no proposal (an agenda, a package, an answer to a council question) by the same rule with its
 * own confidentiality and no circle. The public channels never ask: they read only the public catalogue.
 */
@Component
public class PublicationVisibility {

    private final ProposalAudiences audiences;

    PublicationVisibility(ProposalAudiences audiences) {
        this.audiences = audiences;
    }

    /** The publications the caller may see, in their order. */
    public List<PublicationView> visible(List<PublicationView> publications, Caller caller) {
        Set<UUID> admitted = audiences.admitted(publications.stream().map(PublicationView::proposalId)
                .filter(Objects::nonNull).toList(), caller);
        return publications.stream().filter(publication -> publication.proposalId() == null
                ? PublicationView.admitsWithoutProposal(publication, caller) : admitted.contains(publication.proposalId()))
                .toList();
    }
}
