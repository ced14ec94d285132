package nl.hamerslag.followup.command;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.followup.FollowUpKind;
import nl.hamerslag.followup.command.refusal.NotTheSettler;
import nl.hamerslag.platform.identity.Caller;

/**
 * Who settles (afdoen) an item: a commitment or a motion is settled by the griffie, because the
 * council agrees to its settlement; an action or a question by a manager of the item's department.
 */
public final class SettlementPolicy {

    private SettlementPolicy() {
    }

    public static Role settlingRole(FollowUpKind kind) {
        return kind == FollowUpKind.COMMITMENT || kind == FollowUpKind.MOTION ? Role.CLERK : Role.MANAGER;
    }

    /** The caller acting as the item's settler; 403 for anyone else. */
    public static Caller actingAsSettler(String itemId, FollowUpKind kind, String department, Caller caller) {
        Role role = settlingRole(kind);
        if (!caller.holds(role) || (role == Role.MANAGER && !caller.isOfDepartment(department))) {
            throw new NotTheSettler(itemId, describe(kind, department));
        }
        return caller.actingAs(role);
    }

    static void require(String itemId, FollowUpKind kind, String department, Caller caller) {
        Role role = settlingRole(kind);
        if (caller.actingRole() != role || (role == Role.MANAGER && !caller.isOfDepartment(department))) {
            throw new NotTheSettler(itemId, describe(kind, department));
        }
    }

    private static String describe(FollowUpKind kind, String department) {
        return settlingRole(kind) == Role.CLERK ? "the griffie (CLERK)"
                : "a MANAGER of department " + (department == null ? "(none named)" : department);
    }
}
