package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.problem.RuleViolation;

/** The drafting rules that can refuse an action, each with what the caller can do about it. */
public final class ProposalRefusals {

    /** Only a proposal in DRAFT can be submitted. */
    public static final class ProposalNotSubmittable extends RuleViolation {
        public ProposalNotSubmittable(ProposalId id, ProposalStatus status) {
            super(Kind.CONFLICT, "Proposal " + id + " is " + status + "; only a proposal in DRAFT can be submitted.");
        }
    }

    /** Only the author submits. */
    public static final class NotTheAuthor extends RuleViolation {
        public NotTheAuthor(ProposalId id) {
            super(Kind.FORBIDDEN, "Only the author of proposal " + id + " may do this.");
        }
    }

    /** Approval must be of the version that was submitted. */
    public static final class ApprovalOfAnotherVersion extends RuleViolation {
        public ApprovalOfAnotherVersion(ProposalId id, ContentHash approved, ContentHash submitted) {
            super(Kind.CONFLICT, "Proposal " + id + " was submitted as version " + submitted
                    + "; an approval of version " + approved + " does not apply to it.");
        }
    }

    /** Approval only follows submission. */
    public static final class NotInSignOff extends RuleViolation {
        public NotInSignOff(ProposalId id, ProposalStatus status) {
            super(Kind.CONFLICT, "Proposal " + id + " is " + status + ", not in the sign-off route.");
        }
    }

    private ProposalRefusals() {
    }
}
