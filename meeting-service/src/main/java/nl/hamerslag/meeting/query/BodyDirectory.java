package nl.hamerslag.meeting.query;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.meeting.command.Member;

import java.util.List;
import java.util.Optional;

/** The bodies (gremia) as they are now: a meeting is planned with its body's current members. */
public interface BodyDirectory {

    Optional<BodyView> find(String bodyId);

    List<BodyView> all();

    /** A body and its current members; {@code kind} tells which deciding body it is. */
    record BodyView(String bodyId, DecidingBody kind, String name, List<Member> members) {

        public BodyView {
            members = List.copyOf(members);
        }
    }
}
