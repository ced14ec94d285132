package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.meeting.command.refusal.NotTheAgendaKeeper;
import nl.hamerslag.platform.identity.Caller;

/**
 * Who keeps a body's meetings (plans them, makes the agenda, minutes attendance and decisions): the
 * bestuurssecretariaat for the college, the griffie for committees and the council.
 */
public final class AgendaKeeper {

    private AgendaKeeper() {
    }

    public static Role of(DecidingBody body) {
        return body == DecidingBody.COLLEGE ? Role.SECRETARIAT : Role.CLERK;
    }

    /** The caller acting as the body's keeper; 403 for anyone who does not hold that role. */
    public static Caller actingFor(DecidingBody body, Caller caller) {
        Role keeper = of(body);
        if (!caller.holds(keeper)) {
            throw new NotTheAgendaKeeper(body, keeper);
        }
        return caller.actingAs(keeper);
    }

    static void require(DecidingBody body, Caller caller) {
        if (caller.actingRole() != of(body)) {
            throw new NotTheAgendaKeeper(body, of(body));
        }
    }
}
