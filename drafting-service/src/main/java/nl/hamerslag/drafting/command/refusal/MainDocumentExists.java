package nl.hamerslag.drafting.command.refusal;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.problem.RuleViolation;

/** There is one main document; a second is a replacement. */
public class MainDocumentExists extends RuleViolation {
    public MainDocumentExists(ProposalId id, String attachmentId) {
        super(Kind.CONFLICT, "Proposal " + id + " already has a main document (" + attachmentId
                + "); replace it with PUT /api/proposals/" + id + "/attachments/" + attachmentId + ".");
    }
}
