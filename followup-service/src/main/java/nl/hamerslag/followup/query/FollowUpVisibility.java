package nl.hamerslag.followup.query;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.visibility.Audience;
import nl.hamerslag.platform.visibility.ProposalAudiences;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see a follow-up item or event: the one visibility rule ({@link ProposalAudiences},
 * docs/decisions/0017) applied to the proposal it is about. An item about no proposal (a council
 * question, a motion on no agenda item) is for the internal roles and the council members. The item
 * pages, the lists, the stream and the webhooks all ask this one class, so a subscriber sees exactly
 * what its owner may see at {@code /api/followup/items}.
 */
@Component
public class FollowUpVisibility {

    private final ProposalAudiences audiences;

    FollowUpVisibility(ProposalAudiences audiences) {
        this.audiences = audiences;
    }

    /** Whether the caller may see something about {@code proposalId} (null: about no proposal). */
    public boolean admits(UUID proposalId, Caller caller) {
        return proposalId == null ? mayFollowUp(caller) : audiences.admits(proposalId, caller);
    }

    public boolean admits(IntegrationEvent event, Caller caller) {
        return admits(event.proposalId() == null ? null : event.proposalId().value(), caller);
    }

    /** The items the caller may see, in their order. */
    public List<FollowUpItemView> visible(List<FollowUpItemView> items, Caller caller) {
        Set<UUID> admitted = audiences.admitted(items.stream().map(FollowUpItemView::proposalId)
                .filter(Objects::nonNull).toList(), caller);
        boolean followsUp = mayFollowUp(caller);
        return items.stream().filter(item -> item.proposalId() == null ? followsUp : admitted.contains(item.proposalId()))
                .toList();
    }

    /** Whoever follows items about no proposal: every internal role and the council members. */
    static boolean mayFollowUp(Caller caller) {
        return Audience.isInternal(caller) || caller.holds(Role.COUNCIL_MEMBER);
    }
}
