package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.meeting.VoteChoice;

/** One member's vote as the recorder took it down. */
public record Ballot(String memberId, VoteChoice choice) {
}
