package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.platform.problem.RuleViolation;

/** MeetingPackageCompiled names every document; it has to fit one Kafka record, or the relay would stop on it. */
public class PackageTooLargeToAnnounce extends RuleViolation {

    public PackageTooLargeToAnnounce(String meetingId, int documents, int bytes, int limit) {
        super(Kind.UNPROCESSABLE, "The package of meeting " + meetingId + " has " + documents + " documents; announcing it "
                + "would take " + bytes + " bytes, more than the " + limit + " one event may take. Split the agenda over "
                + "more meetings or move documents into fewer files, then compile again.");
    }
}
