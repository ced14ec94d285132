package nl.hamerslag.platform.identity;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.identity.TokenClaims;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling: resolved once per request from the bearer token ({@link CallerResolver}) and handed
 * to controllers as a parameter, or a service acting on another service's event ({@link #system}).
 * The acting role is the role the action is taken in: set by {@link #actingAs} once the controller
 * (or the rule behind it) knows it, so the audit trail records "as manager", not the token's first
 * role. A token with exactly one role acts in that role from the start.
 *
 * @param department the holder's department, or null when the token names none (department checks then fail closed)
 * @param actingRole the role this call acts in, or null while it is not yet known
 */
public record Caller(String subject, String name, Set<Role> roles, String department, Role actingRole) {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        department = department == null || department.isBlank() ? null : department;
    }

    /** A caller from a token: acting in its only role, or not yet in any when it holds several. */
    public static Caller of(String subject, String name, Set<Role> roles, String department) {
        return new Caller(subject, name, roles, department, roles.size() == 1 ? roles.iterator().next() : null);
    }

    /**
     * Another service calling this one with its own token (for a document by content hash): SYSTEM,
     * and only ever from the token's {@code hamerslag_service} claim, never from its roles.
     */
    public static Caller service(String shortName) {
        return new Caller(TokenClaims.SERVICE_SUBJECT_PREFIX + shortName, "Hamerslag " + shortName, Set.of(Role.SYSTEM),
                null, Role.SYSTEM);
    }

    /** A service acting on another service's event. */
    public static Caller system(String serviceName) {
        return new Caller(serviceName, "Hamerslag " + serviceName, Set.of(Role.SYSTEM), null, Role.SYSTEM);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public boolean holdsAny(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** This caller acting in {@code role}; the caller must hold it. */
    public Caller actingAs(Role role) {
        if (!roles.contains(role)) {
            throw new IllegalArgumentException(subject + " cannot act as " + role + ": the token holds " + roles);
        }
        return new Caller(subject, name, roles, department, role);
    }

    /**
     * This caller acting in a role they do not hold, because a step was delegated to them or a
     * mandate names them: the rule that allows it (the aggregate) has checked the delegation or mandate.
     */
    public Caller actingOnBehalfAs(Role role) {
        return new Caller(subject, name, roles, department, role);
    }

    public Optional<String> departmentName() {
        return Optional.ofNullable(department);
    }

    /** Whether the caller belongs to {@code otherDepartment}; false when either is unknown (fails closed). */
    public boolean isOfDepartment(String otherDepartment) {
        return department != null && otherDepartment != null && department.equalsIgnoreCase(otherDepartment.strip());
    }

    /** The actor an event records: who, and the role they acted in. */
    public Actor actor() {
        if (actingRole == null) {
            throw new IllegalStateException("say which role " + subject + " acts in (Caller.actingAs) before recording it");
        }
        return new Actor(subject, name, actingRole);
    }

    /** For the audit metadata: the acting role, or every role held while none was chosen. */
    public String actingRoleOrRoles() {
        return actingRole != null ? actingRole.name()
                : roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
