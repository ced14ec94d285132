package nl.hamerslag.followup.command;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.followup.command.refusal.NotAWorkerOnTheItem;
import nl.hamerslag.platform.identity.Caller;

import java.util.List;

/**
 * Who works on an item (starts it, proposes its settlement, asks for more time): the griffie, the
 * secretariat and the college for any item, and anyone of the item's own department. The role acted
 * in is the first of those the caller holds, so the audit trail says in which capacity.
 */
public final class WorkPolicy {

    private static final List<Role> ANY_ITEM = List.of(Role.CLERK, Role.SECRETARIAT, Role.COLLEGE_MEMBER);
    private static final List<Role> IN_DEPARTMENT = List.of(Role.MANAGER, Role.AUTHOR, Role.FINANCIAL_CONTROLLER,
            Role.LEGAL_CONTROLLER, Role.MUNICIPAL_SECRETARY);

    private WorkPolicy() {
    }

    /** The caller acting as a worker on the item; 403 for anyone else. */
    public static Caller actingAsWorker(String itemId, String department, Caller caller) {
        if (caller.actingRole() != null && mayActAs(caller.actingRole(), department, caller)) {
            return caller;
        }
        for (Role role : ANY_ITEM) {
            if (caller.holds(role)) {
                return caller.actingAs(role);
            }
        }
        for (Role role : IN_DEPARTMENT) {
            if (caller.holds(role) && caller.isOfDepartment(department)) {
                return caller.actingAs(role);
            }
        }
        throw new NotAWorkerOnTheItem(itemId);
    }

    static void require(String itemId, String department, Caller caller) {
        if (caller.actingRole() == null || !mayActAs(caller.actingRole(), department, caller)) {
            throw new NotAWorkerOnTheItem(itemId);
        }
    }

    private static boolean mayActAs(Role role, String department, Caller caller) {
        return caller.holds(role) && (ANY_ITEM.contains(role) || IN_DEPARTMENT.contains(role) && caller.isOfDepartment(department));
    }
}
