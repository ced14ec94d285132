package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Opens the sign-off route for one submission (doorsturen) of a proposal. */
public record OpenRoute(@TargetAggregateIdentifier String routeId, ProposalId proposalId, ContentHash version,
                        Submission submission) {

    /**
     * One route per submission: the route id follows from the id of the submission event, so the
     * same record delivered again finds the route it already opened, while a resubmission of
     * unchanged content after a refusal (a new event with the same version) gets a route of its own.
     */
    public static OpenRoute forSubmission(String submissionEventId, ProposalId proposalId, ContentHash version,
                                          Submission submission) {
        return new OpenRoute(routeId(submissionEventId), proposalId, version, submission);
    }

    public static String routeId(String submissionEventId) {
        return UUID.nameUUIDFromBytes(("approval-route/" + submissionEventId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
