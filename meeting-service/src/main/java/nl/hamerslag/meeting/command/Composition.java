package nl.hamerslag.meeting.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The members of the body as they were when the meeting was planned: attendance, votes and the
 * quorum are about these members, whatever changes in the body afterwards.
 */
public final class Composition {

    private final Map<String, Member> members = new LinkedHashMap<>();

    Composition(List<Member> members) {
        members.forEach(m -> this.members.put(m.memberId(), m));
    }

    public Optional<Member> member(String memberId) {
        return Optional.ofNullable(members.get(memberId));
    }

    public List<Member> members() {
        return List.copyOf(members.values());
    }

    /** The members who hold a seat (who vote and count for the quorum). */
    public List<Member> seated() {
        return members.values().stream().filter(m -> m.function().holdsSeat()).toList();
    }
}
