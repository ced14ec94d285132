package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinePolicyTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(AMSTERDAM, Set.of());
    private static final Instant FRIDAY = ZonedDateTime.of(2026, 3, 6, 10, 0, 0, 0, AMSTERDAM).toInstant();

    @Test
    void aStepsOwnTermOverridesTheDefault() {
        DeadlinePolicy policy = new DeadlinePolicy(CALENDAR, 5, 2, Role.MUNICIPAL_SECRETARY, null, null);

        assertThat(policy.dueAt(FRIDAY, null)).isEqualTo(ZonedDateTime.of(2026, 3, 13, 10, 0, 0, 0, AMSTERDAM).toInstant());
        assertThat(policy.dueAt(FRIDAY, 1)).isEqualTo(ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, AMSTERDAM).toInstant());
    }

    @Test
    void theGracePeriodCountsWorkingDaysFromTheDeadline() {
        DeadlinePolicy policy = new DeadlinePolicy(CALENDAR, 5, 2, Role.MUNICIPAL_SECRETARY, null, null);

        assertThat(policy.escalateAt(FRIDAY)).isEqualTo(ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, AMSTERDAM).toInstant());
    }

    @Test
    void fixedDurationsReplaceWorkingDaysForDemosAndTests() {
        DeadlinePolicy policy = new DeadlinePolicy(CALENDAR, 5, 2, Role.MUNICIPAL_SECRETARY,
                Duration.ofMinutes(2), Duration.ofMinutes(1));

        assertThat(policy.dueAt(FRIDAY, 3)).isEqualTo(FRIDAY.plusSeconds(120));
        assertThat(policy.escalateAt(FRIDAY)).isEqualTo(FRIDAY.plusSeconds(60));
    }
}
