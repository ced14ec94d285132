package nl.hamerslag.followup.query;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.platform.identity.Caller;

/**
 * Whether a caller may see one follow-up event: the one visibility rule (platform {@code Audience})
 * applied to the event's proposal. The stream and the webhooks ask it for every event they hand out,
 * so a subscriber sees exactly what its owner may see at {@code /api/followup/items}.
 */
public interface FollowUpVisibility {

    boolean admits(IntegrationEvent event, Caller caller);
}
