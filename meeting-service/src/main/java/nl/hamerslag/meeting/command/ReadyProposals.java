package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;

import java.util.Optional;

/**
 * The ready list as the agenda needs it: an approved proposal waiting for {@code body}, or none. Kept
 * from drafting's and approval's events and from this service's own decisions.
 */
public interface ReadyProposals {

    Optional<ReadyProposal> readyFor(ProposalId proposalId, DecidingBody body);
}
