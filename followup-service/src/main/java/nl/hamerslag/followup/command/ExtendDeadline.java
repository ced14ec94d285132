package nl.hamerslag.followup.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Move the deadline later, with the reason. */
public record ExtendDeadline(@TargetAggregateIdentifier String itemId, LocalDate to, String reason, Caller caller) implements CallerCommand {
}
