package nl.hamerslag.approval.config;

import nl.hamerslag.approval.command.DeadlinePolicy;
import nl.hamerslag.approval.command.PeopleDirectory;
import nl.hamerslag.approval.command.RouteRules;
import nl.hamerslag.approval.command.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a route is built from, the calendar its terms count in, and the people who may sign.
 * The aggregate receives each as a handler parameter, so replacing one is one bean.
 */
@Configuration
@EnableConfigurationProperties(ApprovalProperties.class)
class ApprovalConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ApprovalConfiguration.class);

    /** Read once at start-up: a route is fixed when it opens, so a changed file applies to new routes only. */
    @Bean
    RouteRules routeRules(ApprovalProperties properties, ResourceLoader resources) {
        RouteRules rules = RouteRulesFile.load(resources.getResource(properties.rulesLocation()));
        log.info("Route rules from {}: {}", properties.rulesLocation(),
                rules.rules().stream().map(RouteRules.Rule::name).toList());
        return rules;
    }

    @Bean
    WorkingDayCalendar workingDayCalendar(ApprovalProperties properties) {
        Set<LocalDate> holidays = properties.holidays().stream()
                .map(h -> date(h.date(), "hamerslag.approval.holidays (" + h.name() + ")"))
                .collect(Collectors.toSet());
        try {
            return new WorkingDayCalendar(ZoneId.of(properties.zone()), holidays);
        } catch (DateTimeException e) {
            throw new IllegalStateException("hamerslag.approval.zone: '" + properties.zone() + "' is not a time zone, "
                    + "e.g. Europe/Amsterdam", e);
        }
    }

    @Bean
    DeadlinePolicy deadlinePolicy(WorkingDayCalendar calendar, ApprovalProperties properties) {
        ApprovalProperties.Deadlines deadlines = properties.deadlines();
        if (deadlines.dueAfter() != null || deadlines.graceAfter() != null) {
            log.warn("Step terms are fixed durations (due after {}, escalation {} later), not working days: "
                    + "meant for demos and tests", deadlines.dueAfter(), deadlines.graceAfter());
        }
        return new DeadlinePolicy(calendar, deadlines.workingDays(), deadlines.graceWorkingDays(),
                deadlines.escalateTo(), deadlines.dueAfter(), deadlines.graceAfter());
    }

    @Bean
    PeopleDirectory peopleDirectory(ApprovalProperties properties) {
        return new PeopleDirectory(
                properties.people().stream().map(p -> new PeopleDirectory.Person(p.subject(), p.name(),
                        p.roles() == null ? Set.of() : Set.copyOf(p.roles()), p.department())).toList(),
                properties.mandates().stream().map(m -> new PeopleDirectory.Mandate(m.id(), m.holder(), m.role(),
                        m.description(), m.validUntil() == null || m.validUntil().isBlank() ? null
                        : date(m.validUntil(), "hamerslag.approval.mandates (" + m.id() + ")"))).toList());
    }

    private static LocalDate date(String value, String where) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalStateException(where + ": '" + value + "' is not a date like 2026-04-27", e);
        }
    }
}
