package nl.hamerslag.platform.visibility;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.platform.identity.Caller;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may know that a proposal, and everything about it (its route, steps, agenda items,
 * decisions, publications, follow-up), exists. The one visibility rule of Hamerslag: every service
 * keeps an Audience per proposal from the events it receives and asks {@link #admits}; a caller
 * it does not admit gets 404, as if the proposal did not exist.
 * <ul>
 * <li>{@code openbaar}: everyone signed in.</li>
 * <li>below {@code vertrouwelijk} ({@code beperkt openbaar}, {@code intern}, {@code zaakvertrouwelijk}):
 * every internal role (not a council member), and the circle below.</li>
 * <li>{@code vertrouwelijk} and above: only the named circle: the author; the managers of the
 * proposal's department; whoever holds a seat of its sign-off route (the role of a step, of the
 * step's department when it names one) or was named in it (a delegate, a signer); the municipal
 * secretary; the deciding body (college: its members and the secretariat; committee and council:
 * also the griffie and the council members); auditors.</li>
 * </ul>
 * A department check fails closed: a manager whose token names no department is not a manager of
 * the proposal's department.
 *
 * @param seats the route's steps as (role, department or null for any holder of the role)
 * @param named subjects named in the route: delegates and signers
 */
public record Audience(Confidentiality confidentiality, String author, String department, DecidingBody decidingBody,
                       List<Seat> seats, Set<String> named) {

    /** A place in the sign-off route: a role, limited to a department when the step names one. */
    public record Seat(Role role, String department) {

        public Seat {
            Objects.requireNonNull(role, "role");
        }
    }

    private static final Set<Role> EXTERNAL = EnumSet.of(Role.COUNCIL_MEMBER, Role.SYSTEM);
    private static final Set<Role> ALWAYS_IN_CIRCLE = EnumSet.of(Role.AUDITOR, Role.MUNICIPAL_SECRETARY);
    private static final Map<DecidingBody, Set<Role>> DECIDING_BODY = Map.of(
            DecidingBody.COLLEGE, EnumSet.of(Role.COLLEGE_MEMBER, Role.SECRETARIAT),
            DecidingBody.COMMITTEE, EnumSet.of(Role.COLLEGE_MEMBER, Role.SECRETARIAT, Role.CLERK, Role.COUNCIL_MEMBER),
            DecidingBody.COUNCIL, EnumSet.of(Role.COLLEGE_MEMBER, Role.SECRETARIAT, Role.CLERK, Role.COUNCIL_MEMBER));

    public Audience {
        Objects.requireNonNull(confidentiality, "confidentiality");
        Objects.requireNonNull(author, "author");
        seats = seats == null ? List.of() : List.copyOf(seats);
        named = named == null ? Set.of() : Set.copyOf(named);
    }

    /** The audience of a proposal as it was submitted, before its route is known. */
    public static Audience of(ProposalSubmitted submitted) {
        return new Audience(submitted.confidentiality(), submitted.author(), submitted.department(),
                submitted.decidingBody(), List.of(), Set.of());
    }

    /** Same proposal, now also seen by the seats of {@code route}. */
    public Audience withRoute(RouteOpened route) {
        List<Seat> more = new ArrayList<>(seats);
        route.stages().forEach(stage -> stage.steps().forEach(step -> more.add(new Seat(step.role(), step.department()))));
        return new Audience(confidentiality, author, department, decidingBody, more, named);
    }

    /** Same proposal, now also seen by {@code subject} (a delegate or a signer). */
    public Audience withNamed(Collection<String> subjects) {
        Set<String> more = new LinkedHashSet<>(named);
        more.addAll(subjects);
        return new Audience(confidentiality, author, department, decidingBody, seats, more);
    }

    /** Same proposal at another confidentiality (revised before a resubmission). */
    public Audience withConfidentiality(Confidentiality level) {
        return new Audience(level, author, department, decidingBody, seats, named);
    }

    public boolean admits(Caller caller) {
        if (confidentiality.isPublic() || isInCircle(caller)) {
            return true;
        }
        return !confidentiality.isAtLeast(Confidentiality.VERTROUWELIJK) && isInternal(caller);
    }

    /** Whether the caller is in the named circle of this proposal, whatever its confidentiality. */
    public boolean isInCircle(Caller caller) {
        if (caller.subject().equals(author) || named.contains(caller.subject()) || caller.holdsAny(ALWAYS_IN_CIRCLE)) {
            return true;
        }
        if (caller.holds(Role.MANAGER) && caller.isOfDepartment(department)) {
            return true;
        }
        if (decidingBody != null && caller.holdsAny(DECIDING_BODY.get(decidingBody))) {
            return true;
        }
        return seats.stream().anyMatch(seat -> caller.holds(seat.role())
                && (seat.department() == null || caller.isOfDepartment(seat.department())));
    }

    /** Internal staff: any role but a council member's (who sees only what is openbaar or theirs to decide). */
    public static boolean isInternal(Caller caller) {
        return caller.roles().stream().anyMatch(role -> !EXTERNAL.contains(role));
    }
}
