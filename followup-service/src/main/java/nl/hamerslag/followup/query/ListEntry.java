package nl.hamerslag.followup.query;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the commitments list or the motions list, as the griffie keeps it. */
public record ListEntry(String id, String meetingId, UUID proposalId, String text, String portfolioHolder,
                        LocalDate deadline, String state, ListStatus status, String statusText) {

    public static ListEntry of(FollowUpItemView item) {
        ListStatus status = ListStatus.of(item);
        return new ListEntry(item.id(), item.meetingId(), item.proposalId(), item.text(), item.portfolioHolder(),
                item.deadline(), item.state(), status, status.dutch());
    }
}
