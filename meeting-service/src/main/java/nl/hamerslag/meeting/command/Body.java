package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.meeting.command.refusal.BodyFull;
import nl.hamerslag.meeting.command.refusal.FunctionNotInBody;
import nl.hamerslag.meeting.command.refusal.MemberAlreadyAppointed;
import nl.hamerslag.meeting.command.refusal.NoPartyGroupsInTheCollege;
import nl.hamerslag.meeting.command.refusal.NotACurrentMember;
import nl.hamerslag.meeting.command.refusal.PartyGroupExists;
import nl.hamerslag.meeting.command.refusal.PartyGroupRequired;
import nl.hamerslag.meeting.command.refusal.UnknownPartyGroup;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Gremium: the college, a council committee or the council, with its members and, in the council and
 * committees, its party groups (fracties). A meeting is planned with the members a body has then; the
 * seats of a party group are its members who hold a seat.
 */
@Aggregate
public class Body {

    private static final Map<DecidingBody, Set<MemberFunction>> FUNCTIONS = Map.of(
            DecidingBody.COLLEGE, EnumSet.of(MemberFunction.MAYOR, MemberFunction.ALDERMAN, MemberFunction.SECRETARY),
            DecidingBody.COUNCIL, EnumSet.of(MemberFunction.MAYOR, MemberFunction.ALDERMAN,
                    MemberFunction.COUNCIL_MEMBER, MemberFunction.CLERK),
            DecidingBody.COMMITTEE, EnumSet.of(MemberFunction.MAYOR, MemberFunction.ALDERMAN,
                    MemberFunction.COUNCIL_MEMBER, MemberFunction.COMMITTEE_MEMBER, MemberFunction.CLERK));

    @AggregateIdentifier
    private String id;
    private DecidingBody kind;
    private final Set<String> partyGroups = new LinkedHashSet<>();
    private final Map<String, Member> members = new LinkedHashMap<>();

    protected Body() {
    }

    @CommandHandler
    public Body(EstablishBody command) {
        // in the creating handler an event is applied once the body exists: the rest waits for it
        apply(new BodyEstablished(command.bodyId(), command.kind(), command.name())).andThen(() -> {
            command.partyGroups().forEach(this::form);
            command.members().forEach(this::appoint);
        });
    }

    @CommandHandler
    public void handle(FormPartyGroup command) {
        form(command.name());
    }

    @CommandHandler
    public void handle(AppointMember command) {
        appoint(command.member());
    }

    @CommandHandler
    public void handle(EndMembership command) {
        if (!members.containsKey(command.memberId())) {
            throw new NotACurrentMember(id, command.memberId());
        }
        apply(new MembershipEnded(id, command.memberId(), command.reason()));
    }

    private void form(String name) {
        if (kind == DecidingBody.COLLEGE) {
            throw new NoPartyGroupsInTheCollege(id);
        }
        if (partyGroups.stream().anyMatch(name::equalsIgnoreCase)) {
            throw new PartyGroupExists(id, name);
        }
        if (partyGroups.size() >= BodyLimits.PARTY_GROUPS) {
            throw new BodyFull(id, "party groups", BodyLimits.PARTY_GROUPS);
        }
        apply(new PartyGroupFormed(id, name));
    }

    private void appoint(Member member) {
        if (!FUNCTIONS.get(kind).contains(member.function())) {
            throw new FunctionNotInBody(id, kind, member.function(), FUNCTIONS.get(kind));
        }
        if (members.containsKey(member.memberId())) {
            throw new MemberAlreadyAppointed(id, member.memberId());
        }
        if (member.function().holdsSeat() && member.partyGroup() == null) {
            throw new PartyGroupRequired(id, member.memberId());
        }
        if (member.partyGroup() != null && !partyGroups.contains(member.partyGroup())) {
            throw new UnknownPartyGroup(id, member.partyGroup(), partyGroups);
        }
        if (members.size() >= BodyLimits.MEMBERS) {
            throw new BodyFull(id, "members", BodyLimits.MEMBERS);
        }
        apply(new MemberAppointed(id, member));
    }

    @EventSourcingHandler
    void on(BodyEstablished event) {
        id = event.bodyId();
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(PartyGroupFormed event) {
        partyGroups.add(event.name());
    }

    @EventSourcingHandler
    void on(MemberAppointed event) {
        members.put(event.member().memberId(), event.member());
    }

    @EventSourcingHandler
    void on(MembershipEnded event) {
        members.remove(event.memberId());
    }
}
