package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.approval.StepEscalated;
import nl.hamerslag.contracts.approval.StepReminderSent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import static nl.hamerslag.approval.command.RouteFixtures.AMSTERDAM;
import static nl.hamerslag.approval.command.RouteFixtures.FIVE_WORKING_DAYS_LATER;
import static nl.hamerslag.approval.command.RouteFixtures.FRIDAY;
import static nl.hamerslag.approval.command.RouteFixtures.PROPOSAL;
import static nl.hamerslag.approval.command.RouteFixtures.ROUTE;
import static nl.hamerslag.approval.command.RouteFixtures.TWO_MORE_WORKING_DAYS;
import static nl.hamerslag.approval.command.RouteFixtures.open;
import static nl.hamerslag.approval.command.RouteFixtures.caller;

/** Termijnen: every due step is reminded at its deadline and escalated after the grace period, unless signed. */
class ApprovalRouteDeadlineTest {

    private static final OpenRoute OPEN = open(ProposalType.COLLEGE_PROPOSAL, false, false);

    private AggregateTestFixture<ApprovalRoute> fixture;

    @BeforeEach
    void setUp() {
        fixture = RouteFixtures.fixture();
    }

    @Test
    void aStepThatBecomesDueGetsAReminderAtItsDeadlineAndAnEscalationAfterTheGracePeriod() {
        fixture.givenCurrentTime(FRIDAY)
                .when(OPEN)
                .expectScheduledDeadline(FIVE_WORKING_DAYS_LATER, new StepDeadlines.Reminder("manager", FIVE_WORKING_DAYS_LATER))
                .expectScheduledDeadline(TWO_MORE_WORKING_DAYS, new StepDeadlines.Escalation("manager",
                        FIVE_WORKING_DAYS_LATER, Role.MUNICIPAL_SECRETARY));
    }

    @Test
    void weekendsAndPublicHolidaysDoNotCount() {
        // Thursday 23 April 2026; Koningsdag (Monday 27 April) is a holiday in the fixture's calendar
        Instant thursday = ZonedDateTime.of(2026, 4, 23, 10, 0, 0, 0, AMSTERDAM).toInstant();
        Instant fridayFirstOfMay = ZonedDateTime.of(2026, 5, 1, 10, 0, 0, 0, AMSTERDAM).toInstant();
        fixture.givenCurrentTime(thursday)
                .when(OPEN)
                .expectScheduledDeadline(fridayFirstOfMay, new StepDeadlines.Reminder("manager", fridayFirstOfMay));
    }

    @Test
    void nothingHappensBeforeTheDeadline() {
        fixture.givenCurrentTime(FRIDAY).andGivenCommands(OPEN)
                .whenTimeAdvancesTo(FIVE_WORKING_DAYS_LATER.minusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void anUnsignedStepIsRemindedAtItsDeadline() {
        fixture.givenCurrentTime(FRIDAY).andGivenCommands(OPEN)
                .whenTimeElapses(Duration.ofDays(7))
                .expectEvents(new StepReminderSent(PROPOSAL, ROUTE, "manager", Role.MANAGER, FIVE_WORKING_DAYS_LATER));
    }

    @Test
    void anUnsignedStepEscalatesToTheSecretaryAfterTheGracePeriod() {
        fixture.givenCurrentTime(FRIDAY).andGivenCommands(OPEN)
                .whenTimeAdvancesTo(TWO_MORE_WORKING_DAYS)
                .expectEvents(new StepReminderSent(PROPOSAL, ROUTE, "manager", Role.MANAGER, FIVE_WORKING_DAYS_LATER),
                        new StepEscalated(PROPOSAL, ROUTE, "manager", Role.MANAGER, FIVE_WORKING_DAYS_LATER,
                                Role.MUNICIPAL_SECRETARY));
    }

    @Test
    void aSignedStepIsNotRemindedOnlyTheStepThatBecameDueAfterIt() {
        fixture.givenCurrentTime(FRIDAY)
                .andGivenCommands(OPEN, new ApproveStep(ROUTE, "manager", caller(Role.MANAGER), null, null))
                .whenTimeElapses(Duration.ofDays(7))
                .expectEvents(new StepReminderSent(PROPOSAL, ROUTE, "municipal-secretary", Role.MUNICIPAL_SECRETARY,
                        FIVE_WORKING_DAYS_LATER));
    }

    @Test
    void aReturnedRouteIsNeitherRemindedNorEscalated() {
        fixture.givenCurrentTime(FRIDAY)
                .andGivenCommands(OPEN, new RefuseStep(ROUTE, "manager", caller(Role.MANAGER), null, "Onvolledig."))
                .whenTimeAdvancesTo(TWO_MORE_WORKING_DAYS)
                .expectNoEvents();
    }
}
