package nl.hamerslag.contracts.meeting;

import java.time.LocalDate;

/** A follow-up action (vervolgactie) a decision asks for: what, whose, by when. */
public record FollowUpAction(String description, String portfolioHolder, String department, LocalDate deadline) {
}
