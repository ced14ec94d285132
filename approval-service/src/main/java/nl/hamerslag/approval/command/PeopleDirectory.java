package nl.hamerslag.approval.command;

import nl.hamerslag.approval.command.RoutePlan.PlannedStep;
import nl.hamerslag.approval.command.refusal.DelegationNotAllowed;
import nl.hamerslag.contracts.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Smoelenboek en mandaatregister: who holds which role in which department, and who may sign for a
 * role they do not hold because a mandate names them. It answers who may receive a delegation and
 * whose inbox a step is in.
 */
public class PeopleDirectory {

    private final Map<String, Person> people;
    private final List<Mandate> mandates;

    public PeopleDirectory(List<Person> people, List<Mandate> mandates) {
        this.people = people.stream().collect(Collectors.toUnmodifiableMap(Person::subject, Function.identity()));
        this.mandates = List.copyOf(mandates);
    }

    public Optional<Person> person(String subject) {
        return Optional.ofNullable(people.get(subject));
    }

    /** The mandate that lets {@code subject} sign steps of {@code role} on {@code date}, if any. */
    public Optional<Mandate> mandate(String subject, Role role, LocalDate date) {
        return mandates.stream().filter(m -> m.holder().equals(subject) && m.role() == role && m.validOn(date)).findFirst();
    }

    /**
     * The person a step may be delegated to: known here, and holding the step's role (in its department,
     * when it names one) or named for it by a mandate valid on {@code date}.
     */
    public Delegate delegateFor(PlannedStep step, String subject, LocalDate date) {
        if (subject == null || subject.isBlank()) {
            throw new DelegationNotAllowed("delegateTo: name the user id of the person who should sign step '"
                    + step.stepId() + "'.");
        }
        Person delegate = person(subject.strip()).orElseThrow(() -> new DelegationNotAllowed("'" + subject
                + "' is not in the people directory; a step is delegated only to a known person."));
        if (delegate.holds(step.role(), step.department())) {
            return new Delegate(delegate, null);
        }
        return mandate(delegate.subject(), step.role(), date).map(m -> new Delegate(delegate, m.id()))
                .orElseThrow(() -> new DelegationNotAllowed(delegate.name() + " (" + delegate.subject()
                        + ") does not hold the role " + step.role()
                        + (step.department() == null ? "" : " in department '" + step.department() + "'")
                        + " and no mandate names them for it; choose someone who does."));
    }

    /**
     * Who receives a delegated step.
     *
     * @param mandate the mandate that allows it, or null when they hold the role
     */
    public record Delegate(Person person, String mandate) {
    }

    /** A person as the directory knows them. */
    public record Person(String subject, String name, Set<Role> roles, String department) {

        public Person {
            roles = Set.copyOf(roles);
        }

        public boolean holds(Role role, String inDepartment) {
            return roles.contains(role) && (inDepartment == null || inDepartment.equalsIgnoreCase(department));
        }
    }

    /**
     * Mandaat: {@code holder} may sign steps of {@code role} although they do not hold it.
     *
     * @param id         the register's reference, recorded with the delegation
     * @param validUntil the last day it is valid, or null for no end
     */
    public record Mandate(String id, String holder, Role role, String description, LocalDate validUntil) {

        public boolean validOn(LocalDate date) {
            return validUntil == null || !date.isAfter(validUntil);
        }
    }
}
