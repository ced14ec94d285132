package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Establish a body (gremium) under a slug id ({@code college}, {@code raad}, {@code commissie-ruimte}), with
 * the party groups and members it starts with, so that a body set up at once is set up in one transaction.
 */
public record EstablishBody(@TargetAggregateIdentifier String bodyId, DecidingBody kind, String name,
                            List<String> partyGroups, List<Member> members, Caller caller) implements CallerCommand {

    public EstablishBody {
        partyGroups = partyGroups == null ? List.of() : List.copyOf(partyGroups);
        members = members == null ? List.of() : List.copyOf(members);
    }
}
