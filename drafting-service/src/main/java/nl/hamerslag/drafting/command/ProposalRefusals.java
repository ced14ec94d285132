package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.problem.RuleViolation;

/** The drafting rules that can refuse an action, each with what the caller can do about it. */
public final class ProposalRefusals {

    /** Only a proposal in DRAFT or RETURNED can be submitted. */
    public static final class ProposalNotSubmittable extends RuleViolation {
        public ProposalNotSubmittable(ProposalId id, ProposalStatus status) {
            super(Kind.CONFLICT, "Proposal " + id + " is " + status
                    + "; only a proposal in DRAFT or RETURNED can be submitted.");
        }
    }

    /** Fields and attachments change only while the proposal is with its author. */
    public static final class ProposalNotEditable extends RuleViolation {
        public ProposalNotEditable(ProposalId id, ProposalStatus status) {
            super(Kind.CONFLICT, "Proposal " + id + " is " + status + "; it can be changed only in DRAFT or RETURNED "
                    + "(a submitted version is frozen until it is returned for revision).");
        }
    }

    /** Only the author drafts, revises, attaches and submits. */
    public static final class NotTheAuthor extends RuleViolation {
        public NotTheAuthor(ProposalId id) {
            super(Kind.FORBIDDEN, "Only the author of proposal " + id + " may do this.");
        }
    }

    /** A revision must start from the latest revision (If-Match). */
    public static final class StaleRevision extends RuleViolation {
        public StaleRevision(ProposalId id, long expected, long actual) {
            super(Kind.STALE, "Proposal " + id + " changed since you read it (you sent revision " + expected
                    + ", it is at " + actual + "); GET it again and reapply your change.");
        }
    }

    /** A submission needs the proposal text. */
    public static final class MainDocumentMissing extends RuleViolation {
        public MainDocumentMissing(ProposalId id) {
            super(Kind.CONFLICT, "Proposal " + id + " has no main document; upload one (kind=MAIN) before submitting.");
        }
    }

    /** There is one main document; a second is a replacement. */
    public static final class MainDocumentExists extends RuleViolation {
        public MainDocumentExists(ProposalId id, String attachmentId) {
            super(Kind.CONFLICT, "Proposal " + id + " already has a main document (" + attachmentId
                    + "); replace it with PUT /api/proposals/" + id + "/attachments/" + attachmentId + ".");
        }
    }

    /** The attachment does not belong to the proposal (any more). */
    public static final class NoSuchAttachment extends RuleViolation {
        public NoSuchAttachment(ProposalId id, String attachmentId) {
            super(Kind.NOT_FOUND, "Proposal " + id + " has no attachment " + attachmentId + ".");
        }
    }

    /** Another service's event must be about the version that was submitted. */
    public static final class NotTheSubmittedVersion extends RuleViolation {
        public NotTheSubmittedVersion(ProposalId id, ContentHash named, ContentHash submitted) {
            super(Kind.CONFLICT, "Proposal " + id + " was submitted as version " + submitted
                    + "; an outcome for version " + named + " does not apply to it.");
        }
    }

    /** Approval or return only follows submission. */
    public static final class NotInSignOff extends RuleViolation {
        public NotInSignOff(ProposalId id, ProposalStatus status) {
            super(Kind.CONFLICT, "Proposal " + id + " is " + status + ", not in the sign-off route.");
        }
    }

    /** Only an approved proposal can be put on an agenda. */
    public static final class NotReadyForAgenda extends RuleViolation {
        public NotReadyForAgenda(ProposalId id, ProposalStatus status) {
            super(Kind.CONFLICT, "Proposal " + id + " is " + status + "; only an APPROVED proposal can be scheduled.");
        }
    }

    /** A decision is taken on an agenda item. */
    public static final class NotOnAgenda extends RuleViolation {
        public NotOnAgenda(ProposalId id, ProposalStatus status) {
            super(Kind.CONFLICT, "Proposal " + id + " is " + status + ", not on an agenda; there is nothing to decide.");
        }
    }

    /** Withdrawal is possible until a decision. */
    public static final class NotWithdrawable extends RuleViolation {
        public NotWithdrawable(ProposalId id, ProposalStatus status) {
            super(Kind.CONFLICT, "Proposal " + id + " is " + status + "; it can no longer be withdrawn.");
        }
    }

    /** The author or a manager of the proposal's department withdraws. */
    public static final class MayNotWithdraw extends RuleViolation {
        public MayNotWithdraw(ProposalId id) {
            super(Kind.FORBIDDEN, "Only the author of proposal " + id
                    + " or a manager of its department may withdraw it.");
        }
    }

    /** A withdrawal says why. */
    public static final class ReasonRequired extends RuleViolation {
        public ReasonRequired() {
            super(Kind.INVALID, "reason: say why the proposal is withdrawn.");
        }
    }

    private ProposalRefusals() {
    }
}
