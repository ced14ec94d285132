package nl.hamerslag.contracts.followup;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A test stand-in for a follow-up event about a proposal, until the real records exist: published in
 * the package the feeds follow, with the kinds of fields the real ones have.
 */
public record StandInItemOpened(ProposalId proposalId, String itemId, StandInKind kind, String text, LocalDate deadline,
                                Instant openedAt, List<StandInOwner> owners, int revision) implements IntegrationEvent {

    /** A stand-in kind. */
    public enum StandInKind { COMMITMENT, MOTION, QUESTION }

    /** A stand-in nested value. */
    public record StandInOwner(String portfolioHolder, String department) {
    }
}
