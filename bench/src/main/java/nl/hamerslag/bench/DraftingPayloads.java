package nl.hamerslag.bench;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The two drafting events the fill writes, {@code ProposalDrafted} and {@code ProposalRevised}
 * (nl.hamerslag.drafting.command), field for field with drafting's records and stored under drafting's type names.
 * The bench cannot have drafting's classes on its classpath (drafting's jar is the repackaged Spring Boot one), so
 * it writes the same JSON under the same names; drafting reads them back with its own classes when the projection
 * is rebuilt, so a shape that drifted from drafting's shows there as a failed rebuild, not as silently wrong data.
 * Both events stay inside drafting (they are no {@code IntegrationEvent}): the relay sends neither to Kafka.
 */
final class DraftingPayloads {

    /** Bench class → the payload type drafting stores for the same event. */
    static final Map<Class<?>, String> STORED_NAMES = Map.of(
            Drafted.class, "nl.hamerslag.drafting.command.ProposalDrafted",
            Revised.class, "nl.hamerslag.drafting.command.ProposalRevised");
    /** The aggregate type drafting's proposals are stored with. */
    static final String AGGREGATE_TYPE = "Proposal";

    private DraftingPayloads() {
    }

    /** drafting's {@code ProposalContent}. */
    record Content(ProposalType type, String title, String summary, String portfolioHolder, String department,
                   Confidentiality confidentiality, boolean financialConsequences, boolean legalConsequences,
                   DecidingBody decidingBody, LocalDate wishedMeetingDate, ProposalId relatedProposal, List<String> tags) {
    }

    /** drafting's {@code ProposalDrafted}. */
    record Drafted(ProposalId proposalId, Content content, ContentHash version, Actor author) {
    }

    /** drafting's {@code ProposalRevised}. */
    record Revised(ProposalId proposalId, List<FieldChange> changes, Content content, ContentHash newFieldsHash,
                   Actor actor) {
    }

    /** drafting's {@code FieldChange}. */
    record FieldChange(String field, String from, String to) {
    }

    /**
     * The content's version as drafting computes it ({@code ProposalContent.version()}): SHA-256 of the fields as
     * {@code name=value} lines; the later fields (meeting date, related proposal, tags) only when set, and the
     * fill never sets them.
     */
    static ContentHash version(Content c) {
        StringJoiner canonical = new StringJoiner("\n");
        canonical.add("type=" + c.type());
        canonical.add("title=" + c.title());
        canonical.add("summary=" + (c.summary() == null ? "" : c.summary()));
        canonical.add("portfolioHolder=" + c.portfolioHolder());
        canonical.add("department=" + c.department());
        canonical.add("confidentiality=" + c.confidentiality().zgwName());
        canonical.add("financialConsequences=" + c.financialConsequences());
        canonical.add("legalConsequences=" + c.legalConsequences());
        canonical.add("decidingBody=" + c.decidingBody());
        return ContentHash.sha256(canonical.toString());
    }
}
