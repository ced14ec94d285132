package nl.hamerslag.meeting.support;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.meeting.command.Member;
import nl.hamerslag.meeting.command.MemberFunction;
import nl.hamerslag.meeting.query.BodyDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * TEMPORARY, test only: a college, a committee and a council of five seats, until the bodies
 * (gremia) of another branch are merged; then the lead deletes this class, nothing else: the tests
 * find their bodies and members through the BodyDirectory by kind (MeetingApi.body, seats). A plain
 * @Configuration (not @TestConfiguration) so that every test context, including the platform
 * contract test, finds it by component scan; @Primary would otherwise shadow the real directory.
 */
@Configuration
public class TestBodies {

    static final String COLLEGE = "test-college";
    static final String COMMITTEE = "test-commissie";
    static final String COUNCIL = "test-raad";
    static final List<String> COUNCIL_SEATS = List.of("raadslid-1", "raadslid-2", "raadslid-3", "raadslid-4",
            "raadslid-5");

    @Bean
    @Primary
    BodyDirectory testBodyDirectory() {
        List<BodyDirectory.BodyView> bodies = List.of(
                new BodyDirectory.BodyView(COLLEGE, DecidingBody.COLLEGE, "College van B&W", List.of(
                        new Member("burgemeester", "Burgemeester Bos", MemberFunction.MAYOR, null, null),
                        new Member("wethouder-1", "Wim Wethouder", MemberFunction.ALDERMAN, null, "wim.wethouder"),
                        new Member("secretaris", "Sanne Secretaris", MemberFunction.SECRETARY, null, "sanne.secretaris"))),
                new BodyDirectory.BodyView(COMMITTEE, DecidingBody.COMMITTEE, "Commissie Ruimte", List.of(
                        new Member("raadslid-1", "Ria Raadslid", MemberFunction.COUNCIL_MEMBER, "Groen", "ria.raadslid"),
                        new Member("raadslid-2", "Rob Raadslid", MemberFunction.COUNCIL_MEMBER, "Rood", null),
                        new Member("burgerlid-1", "Bart Burgerlid", MemberFunction.COMMITTEE_MEMBER, "Blauw", null),
                        new Member("griffier", "Greet Griffier", MemberFunction.CLERK, null, "greet.griffier"))),
                new BodyDirectory.BodyView(COUNCIL, DecidingBody.COUNCIL, "Gemeenteraad", council()));
        return new BodyDirectory() {
            @Override
            public Optional<BodyView> find(String bodyId) {
                return bodies.stream().filter(b -> b.bodyId().equals(bodyId)).findFirst();
            }

            @Override
            public List<BodyView> all() {
                return bodies;
            }
        };
    }

    private static List<Member> council() {
        List<Member> members = new ArrayList<>();
        members.add(new Member("burgemeester", "Burgemeester Bos", MemberFunction.MAYOR, null, null));
        for (int i = 0; i < COUNCIL_SEATS.size(); i++) {
            members.add(new Member(COUNCIL_SEATS.get(i), "Raadslid " + (i + 1), MemberFunction.COUNCIL_MEMBER,
                    i < 3 ? "Groen" : "Rood", null));
        }
        members.add(new Member("griffier", "Greet Griffier", MemberFunction.CLERK, null, "greet.griffier"));
        return members;
    }
}
