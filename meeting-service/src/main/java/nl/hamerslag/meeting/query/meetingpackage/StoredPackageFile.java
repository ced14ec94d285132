package nl.hamerslag.meeting.query.meetingpackage;

/** The bytes of a stored package PDF or manifest, with their SHA-256 (the ETag). */
public record StoredPackageFile(byte[] content, String sha256) {
}
