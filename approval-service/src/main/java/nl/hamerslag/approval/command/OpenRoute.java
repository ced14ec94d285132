package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Opens the sign-off route for one submitted version of a proposal. */
public record OpenRoute(@TargetAggregateIdentifier String routeId, ProposalId proposalId, ContentHash version,
                        Submission submission) {

    /**
     * One route per submitted version: the route id follows from the proposal and the version, so a
     * submission that arrives again (even as another message) finds the route it already opened.
     */
    public static OpenRoute forSubmission(ProposalId proposalId, ContentHash version, Submission submission) {
        return new OpenRoute(routeId(proposalId, version), proposalId, version, submission);
    }

    public static String routeId(ProposalId proposalId, ContentHash version) {
        return UUID.nameUUIDFromBytes(("approval-route/" + proposalId + "/" + version).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
