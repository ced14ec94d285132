package nl.hamerslag.followup.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The grace period after {@code deadline} passed (sent by the deadline watch). */
public record Escalate(@TargetAggregateIdentifier String itemId, LocalDate deadline, Caller caller) implements CallerCommand {
}
