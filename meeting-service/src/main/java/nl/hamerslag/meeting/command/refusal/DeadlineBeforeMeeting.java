package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

import java.time.LocalDate;

/** A commitment is due after the meeting in which it was made. */
public class DeadlineBeforeMeeting extends RuleViolation {
    public DeadlineBeforeMeeting(LocalDate deadline, LocalDate meetingDate) {
        super(Kind.UNPROCESSABLE, "The deadline " + deadline + " is before the meeting of " + meetingDate + "; give a deadline on or after the meeting date.");
    }
}
