package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What an author writes: the proposal's fields. Its {@link #version()} is the SHA-256 of a fixed
 * canonical text, so the same content always has the same version, whoever computes it.
 *
 * @param wishedMeetingDate the meeting the author hopes for; may be null
 * @param relatedProposal   e.g. the college proposal behind a council proposal; may be null
 * @param tags              free labels, never null
 */
public record ProposalContent(ProposalType type, String title, String summary, String portfolioHolder,
                              String department, Confidentiality confidentiality, boolean financialConsequences,
                              boolean legalConsequences, DecidingBody decidingBody, LocalDate wishedMeetingDate,
                              ProposalId relatedProposal, List<String> tags) {

    public ProposalContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The hash of the canonical text. Fields added later appear only when set, so older versions keep their hash. */
    public ContentHash version() {
        StringJoiner canonical = new StringJoiner("\n");
        fields().forEach((name, value) -> {
            if (!isLaterField(name) || !value.isEmpty()) {
                canonical.add(name + "=" + value);
            }
        });
        return ContentHash.sha256(canonical.toString());
    }

    /** What differs between this content and {@code revised}, field by field, in canonical text. */
    public List<FieldChange> changesTo(ProposalContent revised) {
        Map<String, String> before = fields();
        Map<String, String> after = revised.fields();
        List<FieldChange> changes = new ArrayList<>();
        before.forEach((name, value) -> {
            if (!Objects.equals(value, after.get(name))) {
                changes.add(new FieldChange(name, value, after.get(name)));
            }
        });
        return changes;
    }

    private static boolean isLaterField(String name) {
        return name.equals("wishedMeetingDate") || name.equals("relatedProposal") || name.equals("tags");
    }

    private Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", String.valueOf(type));
        fields.put("title", title);
        fields.put("summary", summary == null ? "" : summary);
        fields.put("portfolioHolder", portfolioHolder);
        fields.put("department", department);
        fields.put("confidentiality", confidentiality.zgwName());
        fields.put("financialConsequences", Boolean.toString(financialConsequences));
        fields.put("legalConsequences", Boolean.toString(legalConsequences));
        fields.put("decidingBody", String.valueOf(decidingBody));
        fields.put("wishedMeetingDate", wishedMeetingDate == null ? "" : wishedMeetingDate.toString());
        fields.put("relatedProposal", relatedProposal == null ? "" : relatedProposal.toString());
        fields.put("tags", String.join(",", tags));
        return fields;
    }
}
