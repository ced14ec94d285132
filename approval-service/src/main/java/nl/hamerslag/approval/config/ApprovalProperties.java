package nl.hamerslag.approval.config;

import nl.hamerslag.contracts.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * {@code hamerslag.approval.*}: where the route rules are, the terms of a step, the public holidays
 * that do not count as working days, the people directory and the mandate register.
 *
 * @param rulesLocation the route rule file (YAML), read once at start-up
 * @param zone          the municipality's time zone, in which working days are counted
 */
@ConfigurationProperties("hamerslag.approval")
public record ApprovalProperties(
        @DefaultValue("classpath:approval-rules.yml") String rulesLocation,
        @DefaultValue("Europe/Amsterdam") String zone,
        @DefaultValue Deadlines deadlines,
        List<Holiday> holidays,
        List<PersonEntry> people,
        List<MandateEntry> mandates) {

    public ApprovalProperties {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        people = people == null ? List.of() : List.copyOf(people);
        mandates = mandates == null ? List.of() : List.copyOf(mandates);
    }

    /**
     * @param workingDays      a step's default term, in working days from the moment it became due
     * @param graceWorkingDays working days after the deadline before the step escalates
     * @param escalateTo       the role an overdue step escalates to
     * @param dueAfter         for demos and tests: a fixed term instead of working days
     * @param graceAfter       for demos and tests: a fixed grace period instead of working days
     * @param pollingInterval  how often the deadline scheduler looks for deadlines that are due
     */
    public record Deadlines(@DefaultValue("5") int workingDays, @DefaultValue("2") int graceWorkingDays,
                            @DefaultValue("MUNICIPAL_SECRETARY") Role escalateTo, Duration dueAfter,
                            Duration graceAfter, @DefaultValue("10s") Duration pollingInterval) {
    }

    /** A public holiday (feestdag); {@code date} in ISO form, e.g. 2026-04-27. */
    public record Holiday(String date, String name) {
    }

    /** A person in the directory. */
    public record PersonEntry(String subject, String name, List<Role> roles, String department) {
    }

    /** A mandate in the register; {@code validUntil} in ISO form or empty for no end. */
    public record MandateEntry(String id, String holder, Role role, String description, String validUntil) {
    }
}
