package nl.hamerslag.drafting.command.refusal;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.problem.RuleViolation;

/** Another service's event must be about the version that was submitted. */
public class NotTheSubmittedVersion extends RuleViolation {
    public NotTheSubmittedVersion(ProposalId id, ContentHash named, ContentHash submitted) {
        super(Kind.CONFLICT, "Proposal " + id + " was submitted as version " + submitted
                + "; an outcome for version " + named + " does not apply to it.");
    }
}
