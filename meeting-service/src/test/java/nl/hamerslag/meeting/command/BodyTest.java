package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.meeting.command.refusal.FunctionNotInBody;
import nl.hamerslag.meeting.command.refusal.MemberAlreadyAppointed;
import nl.hamerslag.meeting.command.refusal.NoPartyGroupsInTheCollege;
import nl.hamerslag.meeting.command.refusal.NotACurrentMember;
import nl.hamerslag.meeting.command.refusal.PartyGroupExists;
import nl.hamerslag.meeting.command.refusal.PartyGroupRequired;
import nl.hamerslag.meeting.command.refusal.UnknownPartyGroup;
import nl.hamerslag.platform.identity.Caller;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

/** Bodies (gremia): who can be appointed to which, and the party groups their seats belong to. */
class BodyTest {

    private static final Caller ADMIN = Caller.of("ada.beheer", "Ada Beheer", Set.of(Role.ADMIN), "ICT");
    private static final Member RIA = new Member("ria", "Ria Raadslid", MemberFunction.COUNCIL_MEMBER, "D66", "ria.raadslid");
    private static final Member MAYOR = new Member("burgemeester", "Bert Burgemeester", MemberFunction.MAYOR, null, null);

    private AggregateTestFixture<Body> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Body.class);
    }

    private static BodyEstablished council() {
        return new BodyEstablished("raad", DecidingBody.COUNCIL, "Gemeenteraad");
    }

    @Test
    void aBodyIsEstablishedWithItsPartyGroupsAndMembersAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new EstablishBody("raad", DecidingBody.COUNCIL, "Gemeenteraad", List.of("D66"), List.of(MAYOR, RIA), ADMIN))
                .expectEvents(council(), new PartyGroupFormed("raad", "D66"), new MemberAppointed("raad", MAYOR),
                        new MemberAppointed("raad", RIA));
    }

    @Test
    void aBodyIsNotEstablishedWithAMemberItCannotHave() {
        fixture.givenNoPriorActivity()
                .when(new EstablishBody("raad", DecidingBody.COUNCIL, "Gemeenteraad", List.of(), List.of(MAYOR, RIA), ADMIN))
                .expectException(UnknownPartyGroup.class)
                .expectNoEvents();
    }

    @Test
    void aSeatInTheCouncilBelongsToAPartyGroup() {
        fixture.given(council())
                .when(new AppointMember("raad", new Member("ria", "Ria Raadslid", MemberFunction.COUNCIL_MEMBER, null, null), ADMIN))
                .expectException(PartyGroupRequired.class);
    }

    @Test
    void thePartyGroupMustHaveBeenFormed() {
        fixture.given(council())
                .when(new AppointMember("raad", RIA, ADMIN))
                .expectException(UnknownPartyGroup.class);
    }

    @Test
    void aCouncilMemberIsAppointedToAGroupFormedInTheBody() {
        fixture.given(council(), new PartyGroupFormed("raad", "D66"))
                .when(new AppointMember("raad", RIA, ADMIN))
                .expectEvents(new MemberAppointed("raad", RIA));
    }

    @Test
    void aMemberIsAppointedOnceWhileTheMembershipLasts() {
        fixture.given(council(), new PartyGroupFormed("raad", "D66"), new MemberAppointed("raad", RIA))
                .when(new AppointMember("raad", RIA, ADMIN))
                .expectException(MemberAlreadyAppointed.class);
    }

    @Test
    void aMemberWhoseMembershipEndedCanBeAppointedAgain() {
        fixture.given(council(), new PartyGroupFormed("raad", "D66"), new MemberAppointed("raad", RIA),
                        new MembershipEnded("raad", "ria", "ontslag"))
                .when(new AppointMember("raad", RIA, ADMIN))
                .expectEvents(new MemberAppointed("raad", RIA));
    }

    @Test
    void onlyACurrentMembershipEnds() {
        fixture.given(council())
                .when(new EndMembership("raad", "ria", null, ADMIN))
                .expectException(NotACurrentMember.class);
    }

    @Test
    void aMembershipEnds() {
        fixture.given(council(), new PartyGroupFormed("raad", "D66"), new MemberAppointed("raad", RIA))
                .when(new EndMembership("raad", "ria", "benoemd tot wethouder", ADMIN))
                .expectEvents(new MembershipEnded("raad", "ria", "benoemd tot wethouder"));
    }

    @Test
    void theCollegeHasNoClerkAndNoCouncilMembers() {
        fixture.given(new BodyEstablished("college", DecidingBody.COLLEGE, "College van B&W"))
                .when(new AppointMember("college", new Member("griffier", "Greet Griffier", MemberFunction.CLERK, null, null), ADMIN))
                .expectException(FunctionNotInBody.class);
    }

    @Test
    void theCollegeHasNoPartyGroups() {
        fixture.given(new BodyEstablished("college", DecidingBody.COLLEGE, "College van B&W"))
                .when(new FormPartyGroup("college", "D66", ADMIN))
                .expectException(NoPartyGroupsInTheCollege.class);
    }

    @Test
    void aPartyGroupsNameIsUniqueInItsBody() {
        fixture.given(council(), new PartyGroupFormed("raad", "D66"))
                .when(new FormPartyGroup("raad", "d66", ADMIN))
                .expectException(PartyGroupExists.class);
    }
}
