package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.ProposalId;

import java.util.List;

/**
 * The steps of one stage became due (te accorderen): the first stage when the route opens, each next
 * stage when every step of the one before it approved. Kept inside this service.
 */
public record StageOpened(String routeId, ProposalId proposalId, int stage, List<String> stepIds) {
}
