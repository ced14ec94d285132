package nl.hamerslag.meeting.command;

import java.util.HashMap;
import java.util.Map;

/**
 * Who is present in the meeting now. A member who arrived is present until recorded as departed;
 * the quorum (Gemeentewet art. 20) is more than half of the seats present.
 */
public final class Attendance {

    private final Composition composition;
    private final Map<String, Presence> presence = new HashMap<>();

    Attendance(Composition composition) {
        this.composition = composition;
    }

    void record(String memberId, Presence now) {
        presence.put(memberId, now);
    }

    public boolean isPresent(String memberId) {
        return presence.get(memberId) == Presence.PRESENT;
    }

    public Presence of(String memberId) {
        return presence.getOrDefault(memberId, Presence.ABSENT);
    }

    public int seatsPresent() {
        return (int) composition.seated().stream().filter(m -> isPresent(m.memberId())).count();
    }

    public int seats() {
        return composition.seated().size();
    }

    /** More than half of the seats present. */
    public boolean hasQuorum() {
        return seatsPresent() * 2 > seats();
    }
}
