package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.meeting.MeetingPackageCompiled;
import tools.jackson.databind.json.JsonMapper;

/**
 * The size rule for MeetingPackageCompiled (ADR 26): it lists every document of its variant, so a
 * huge agenda could produce a record above the producer's limit (1 MiB by default) and stop the
 * relay for good. Half of that is the most one announcement may take; the compile is refused before
 * anything is stored when it would be more.
 */
final class PackageAnnouncement {

    static final int MAX_BYTES = 512 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PackageAnnouncement() {
    }

    static void check(MeetingPackageCompiled event) {
        int bytes = JSON.writeValueAsBytes(event).length;
        if (bytes > MAX_BYTES) {
            throw new PackageTooLargeToAnnounce(event.meetingId(), event.documents().size(), bytes, MAX_BYTES);
        }
    }
}
