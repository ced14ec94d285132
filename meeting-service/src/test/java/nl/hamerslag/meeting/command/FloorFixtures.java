package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.meeting.MeetingPlanned;
import nl.hamerslag.contracts.meeting.VoteChoice;
import nl.hamerslag.platform.identity.Caller;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A small council for the floor's fixture tests: five seats in three party groups, a chair, a clerk, an alderman. */
final class FloorFixtures {

    static final String MEETING = "raad-2026-03-12";
    static final LocalDate DATE = LocalDate.of(2026, 3, 12);
    static final Instant OPENED_AT = Instant.parse("2026-03-12T19:30:00Z");
    static final String ITEM = "item-7";
    static final ProposalId PROPOSAL = ProposalId.of("5f0c1d2e-0000-4000-8000-000000000007");
    static final String GL = "GroenLinks-PvdA";
    static final String VVD = "VVD";
    static final String CDA = "CDA";

    static final Member MAYOR = new Member("burgemeester", "Bert Burgemeester", MemberFunction.MAYOR, null, null);
    static final Member CLERK_MEMBER = new Member("griffier", "Greet Griffier", MemberFunction.CLERK, null, "greet.griffier");
    static final Member ALDERMAN = new Member("wethouder", "Wim Wethouder", MemberFunction.ALDERMAN, null, "wim.wethouder");
    static final Member RIA = new Member("ria", "Ria Raadslid", MemberFunction.COUNCIL_MEMBER, GL, "ria.raadslid");
    static final Member PIET = new Member("piet", "Piet Jansen", MemberFunction.COUNCIL_MEMBER, GL, null);
    static final Member KEES = new Member("kees", "Kees de Vries", MemberFunction.COUNCIL_MEMBER, VVD, null);
    static final Member ANNA = new Member("anna", "Anna Bakker", MemberFunction.COUNCIL_MEMBER, VVD, null);
    static final Member JOOST = new Member("joost", "Joost Visser", MemberFunction.COUNCIL_MEMBER, CDA, null);
    static final List<Member> COUNCIL = List.of(MAYOR, CLERK_MEMBER, ALDERMAN, RIA, PIET, KEES, ANNA, JOOST);

    static final Caller CLERK = Caller.of("greet.griffier", "Greet Griffier", Set.of(Role.CLERK), "Griffie");
    static final Caller SECRETARIAT = Caller.of("bas.bestuurssecretariaat", "Bas Bestuurssecretariaat",
            Set.of(Role.SECRETARIAT), "Bestuurszaken");

    private FloorFixtures() {
    }

    static MeetingPlanned planned() {
        return new MeetingPlanned(MEETING, "raad", DecidingBody.COUNCIL, "Gemeenteraad", DATE, LocalTime.of(19, 30),
                "Raadzaal", false);
    }

    static MeetingComposed composed() {
        return new MeetingComposed(MEETING, COUNCIL);
    }

    static MeetingOpened opened() {
        return new MeetingOpened(MEETING, OPENED_AT);
    }

    static AttendanceRecorded present(Member member) {
        return new AttendanceRecorded(MEETING, member.memberId(), Presence.PRESENT, OPENED_AT);
    }

    /** Planned, composed, opened; present: the alderman and every council member but Joost. */
    static Object[] openWithJoostAbsent() {
        return new Object[]{planned(), composed(), opened(), present(ALDERMAN), present(RIA), present(PIET),
                present(KEES), present(ANNA)};
    }

    static Object[] with(Object[] given, Object... more) {
        List<Object> all = new ArrayList<>(List.of(given));
        all.addAll(List.of(more));
        return all.toArray();
    }

    static Ballot vote(Member member, VoteChoice choice) {
        return new Ballot(member.memberId(), choice);
    }

    static AmendmentSubmitted amendmentSubmitted(String id) {
        return new AmendmentSubmitted(MEETING, id, ITEM, PROPOSAL, "Meer groen op het Marktplein",
                "Besluit aan te vullen met: ten minste tien bomen.", List.of("ria"), List.of("kees"));
    }

    static MotionSubmitted motionSubmitted(String id) {
        return new MotionSubmitted(MEETING, id, ITEM, PROPOSAL, "Bankjes op het Marktplein",
                "Verzoekt het college bankjes te plaatsen.", List.of("kees"), List.of());
    }
}
