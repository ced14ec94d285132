package nl.hamerslag.followup.query;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Until follow-up keeps the audience of every proposal it knows, the narrow rule: an event about no
 * proposal is seen by everyone signed in, an event about a proposal only by the griffie (CLERK) and
 * auditors, who are in the circle of every proposal a follow-up item can come from. Replace it by an
 * implementation on the proposals' audiences (as meeting's {@code ProposalAudiences}).
 */
@Component
class FollowUpVisibilityByRole implements FollowUpVisibility {

    private static final Set<Role> SEE_EVERY_PROPOSAL = EnumSet.of(Role.CLERK, Role.AUDITOR);

    @Override
    public boolean admits(IntegrationEvent event, Caller caller) {
        return event.proposalId() == null || caller.holdsAny(SEE_EVERY_PROPOSAL);
    }
}
