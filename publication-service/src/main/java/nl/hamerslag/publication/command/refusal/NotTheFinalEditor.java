package nl.hamerslag.publication.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Publication is decided by the final editor (eindredacteur). */
public class NotTheFinalEditor extends RuleViolation {
    public NotTheFinalEditor() {
        super(Kind.FORBIDDEN, "Only the final editor (FINAL_EDITOR) decides on publication; act in that role.");
    }
}
