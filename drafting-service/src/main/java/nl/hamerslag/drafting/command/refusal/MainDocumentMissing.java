package nl.hamerslag.drafting.command.refusal;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.problem.RuleViolation;

/** A submission needs the proposal text. */
public class MainDocumentMissing extends RuleViolation {
    public MainDocumentMissing(ProposalId id) {
        super(Kind.CONFLICT, "Proposal " + id + " has no main document; upload one (kind=MAIN) before submitting.");
    }
}
