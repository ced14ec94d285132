package nl.hamerslag.followup.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import nl.hamerslag.contracts.followup.QuestionKind;

import java.time.LocalDate;

/** Register a council question (raadsvraag); the answer is due {@code answerDue}. */
public record RegisterQuestion(@TargetAggregateIdentifier String itemId, QuestionKind questionKind, String submitter, String text, LocalDate receivedOn, LocalDate answerDue, String portfolioHolder, String department, Caller caller) implements CallerCommand {
}
