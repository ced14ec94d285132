package nl.hamerslag.drafting.query;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who is reading, and so what they may know exists. Openbaar: anyone signed in. Anything else:
 * internal roles only (not a council member). Vertrouwelijk and higher: the author and the roles
 * that sign or oversee (manager, controllers, secretary, college members, auditors).
 */
public record Viewer(String subject, Set<Role> roles, String department) {

    private static final Set<Role> EXTERNAL = EnumSet.of(Role.COUNCIL_MEMBER, Role.SYSTEM);
    private static final Set<Role> CONFIDENTIAL_READERS = EnumSet.of(Role.MANAGER, Role.FINANCIAL_CONTROLLER,
            Role.LEGAL_CONTROLLER, Role.MUNICIPAL_SECRETARY, Role.COLLEGE_MEMBER, Role.AUDITOR);

    public Viewer {
        roles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public boolean isInternal() {
        return roles.stream().anyMatch(r -> !EXTERNAL.contains(r));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean maySee(Confidentiality confidentiality, String author) {
        return subject.equals(author) || maySeeAnyones(confidentiality);
    }

    /** The levels this viewer may see of proposals they did not write. */
    public List<Confidentiality> visibleLevels() {
        return Arrays.stream(Confidentiality.values()).filter(this::maySeeAnyones).toList();
    }

    private boolean maySeeAnyones(Confidentiality confidentiality) {
        if (confidentiality.isPublic()) {
            return true;
        }
        if (!isInternal()) {
            return false;
        }
        return !confidentiality.isAtLeast(Confidentiality.VERTROUWELIJK)
                || roles.stream().anyMatch(CONFIDENTIAL_READERS::contains);
    }
}
