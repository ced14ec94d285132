package nl.hamerslag.drafting.query;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.visibility.Audience;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * {@link Audience#admits} as a SQL condition over {@code proposal_view p}, so that a search counts
 * and pages only what the caller may see. It must say exactly what Audience says; AudienceFilterTest
 * compares the two on a matrix of proposals and callers. Which roles a deciding body brings in, and
 * which roles are in every circle, it asks Audience itself rather than keeping a copy.
 */
final class AudienceFilter {

    /** A subject no caller has: probes of the rule must not match on the author. */
    private static final String NOBODY = "\u0000nobody";
    private static final Confidentiality SECRET = Confidentiality.ZEER_GEHEIM;

    record Condition(String sql, List<Object> params) {
    }

    private AudienceFilter() {
    }

    static Condition of(Caller caller) {
        if (probe(null, null).isInCircle(caller)) {
            return new Condition("true", List.of()); // in the circle of every proposal (auditor, municipal secretary)
        }
        List<String> anyOf = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        anyOf.add("p.confidentiality in " + placeholders(levels(true), params));
        if (Audience.isInternal(caller)) {
            anyOf.add("p.confidentiality in " + placeholders(levels(false), params));
        }
        anyOf.add("p.author_subject = ?");
        params.add(caller.subject());
        anyOf.add("exists (select 1 from proposal_named n where n.proposal_id = p.proposal_id and n.subject = ?)");
        params.add(caller.subject());
        if (caller.department() != null && probe(caller.department(), null).isInCircle(caller)) {
            anyOf.add("lower(p.department) = lower(?)");
            params.add(caller.department());
        }
        List<String> bodies = Arrays.stream(DecidingBody.values())
                .filter(body -> probe(null, body).isInCircle(caller)).map(Enum::name).toList();
        if (!bodies.isEmpty()) {
            anyOf.add("p.deciding_body in " + placeholders(bodies, params));
        }
        if (!caller.roles().isEmpty()) {
            String seatRoles = placeholders(caller.roles().stream().map(Role::name).toList(), params);
            String department = caller.department() == null ? "" : " or lower(s.department) = lower(?)";
            if (caller.department() != null) {
                params.add(caller.department());
            }
            anyOf.add("exists (select 1 from proposal_seat s where s.proposal_id = p.proposal_id and s.role in "
                    + seatRoles + " and (s.department is null" + department + "))");
        }
        return new Condition("(" + String.join(" or ", anyOf) + ")", params);
    }

    /** A secret proposal by nobody, of {@code department}, for {@code body}, with no route: who is in its circle. */
    private static Audience probe(String department, DecidingBody body) {
        return new Audience(SECRET, NOBODY, department, body, List.of(), Set.of());
    }

    /** The ZGW names of the public levels, or of the levels below vertrouwelijk that are not public. */
    private static List<String> levels(boolean isPublic) {
        return Arrays.stream(Confidentiality.values())
                .filter(level -> isPublic ? level.isPublic()
                        : !level.isPublic() && !level.isAtLeast(Confidentiality.VERTROUWELIJK))
                .map(Confidentiality::zgwName).toList();
    }

    private static String placeholders(Collection<?> values, List<Object> params) {
        params.addAll(values);
        return "(" + String.join(", ", values.stream().map(v -> "?").toList()) + ")";
    }
}
