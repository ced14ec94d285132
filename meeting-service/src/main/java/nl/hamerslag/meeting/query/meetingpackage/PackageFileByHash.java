package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.meeting.PackageVariant;

/** A stored package PDF or manifest found by its SHA-256, with the version and variant it belongs to. */
public record PackageFileByHash(String meetingId, int version, PackageVariant variant, byte[] content) {
}
