package nl.hamerslag.contracts.meeting;

/** The votes of one party group (fractie). */
public record GroupResult(String partyGroup, int votesFor, int votesAgainst) {
}
