package nl.hamerslag.drafting.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import nl.hamerslag.drafting.query.ProposalView;
import nl.hamerslag.platform.input.DateBounds;
import nl.hamerslag.platform.problem.RuleViolation;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * JSON merge patch (RFC 7396) over a proposal's editable fields: a field in the patch replaces
 * the current value, {@code null} clears it, a field not in the patch stays. The result is
 * validated as a whole, like a new proposal.
 */
@Component
class ProposalPatch {

    static final List<String> EDITABLE = Arrays.stream(DraftProposalRequest.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).toList();

    private final JsonMapper json;
    private final Validator validator;

    ProposalPatch(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    DraftProposalRequest apply(ProposalView current, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidPatch("The body must be a JSON object with the fields to change, e.g. {\"title\":\"…\"}.");
        }
        Set<String> unknown = new TreeSet<>(patch.propertyNames());
        unknown.removeAll(EDITABLE);
        if (!unknown.isEmpty()) {
            throw new InvalidPatch("Unknown or read-only field(s) " + unknown + "; editable fields are " + EDITABLE + ".");
        }
        ObjectNode merged = json.valueToTree(DraftProposalRequest.of(current));
        patch.properties().forEach(field -> merged.set(field.getKey(), field.getValue()));
        DraftProposalRequest revised;
        try {
            revised = json.treeToValue(merged, DraftProposalRequest.class);
        } catch (JacksonException e) {
            throw new InvalidPatch("The patch is not valid: " + e.getOriginalMessage());
        }
        // the merged tree is read with the application's mapper, not the HTTP converter, so the
        // platform's bounds on JSON dates are applied here by name
        DateBounds.check("wishedMeetingDate", revised.wishedMeetingDate());
        Set<ConstraintViolation<DraftProposalRequest>> violations = validator.validate(revised);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return revised;
    }

    /** The patch cannot be applied. */
    static final class InvalidPatch extends RuleViolation {
        InvalidPatch(String message) {
            super(Kind.INVALID, message);
        }
    }
}
