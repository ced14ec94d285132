package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

/**
 * An event about a meeting as a whole (vergadering), not about one proposal: keyed on Kafka by the
 * meeting, so that every event of one meeting stays in order on one partition.
 */
public interface MeetingEvent extends IntegrationEvent {

    String meetingId();

    @Override
    default ProposalId proposalId() {
        return null;
    }

    @Override
    default String partitionKey() {
        return meetingId();
    }
}
