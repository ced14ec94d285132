package nl.hamerslag.approval.query;

import nl.hamerslag.contracts.Role;

/**
 * Who acts on a step: the role it asks for, and the person it was delegated to (by delegation or
 * mandate), or null.
 */
public record StepAssignment(Role role, String delegateSubject) {
}
