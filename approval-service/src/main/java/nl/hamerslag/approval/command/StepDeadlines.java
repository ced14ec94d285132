package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.Role;

import java.time.Instant;

/** The deadlines a due step gets: the names the aggregate's deadline handlers answer to, and their payloads. */
public final class StepDeadlines {

    public static final String REMINDER = "approval-step-reminder";
    public static final String ESCALATION = "approval-step-escalation";

    private StepDeadlines() {
    }

    /** At the deadline: remind the step's role, if the step is still unsigned. */
    public record Reminder(String stepId, Instant dueAt) {
    }

    /** After the grace period: escalate to {@code escalateTo}, if the step is still unsigned. */
    public record Escalation(String stepId, Instant dueAt, Role escalateTo) {
    }
}
