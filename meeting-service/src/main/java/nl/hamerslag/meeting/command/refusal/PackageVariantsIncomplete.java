package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A package version has each variant (INTERNAL and PUBLIC) exactly once, so no reader is left without one. */
public class PackageVariantsIncomplete extends RuleViolation {
    public PackageVariantsIncomplete(String meetingId, int version) {
        super(Kind.INVALID, "Version " + version + " of the package of meeting " + meetingId
                + " must have the INTERNAL and the PUBLIC variant, each once; compile both.");
    }
}
