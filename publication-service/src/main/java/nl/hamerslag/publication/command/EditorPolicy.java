package nl.hamerslag.publication.command;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.publication.command.refusal.NotTheFinalEditor;

/** Who decides on publication: the final editor (eindredacteur), acting in that role. */
public final class EditorPolicy {

    private EditorPolicy() {
    }

    /** The caller acting as final editor; 403 for anyone who does not hold the role. */
    public static Caller actingAsEditor(Caller caller) {
        if (!caller.holds(Role.FINAL_EDITOR)) {
            throw new NotTheFinalEditor();
        }
        return caller.actingAs(Role.FINAL_EDITOR);
    }

    static void require(Caller caller) {
        if (caller.actingRole() != Role.FINAL_EDITOR) {
            throw new NotTheFinalEditor();
        }
    }
}
