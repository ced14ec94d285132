package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.PackageVariant;
import nl.hamerslag.meeting.query.pdf.PdfMeetingHeader;

import java.util.List;

/**
 * What to compile: one variant of one version of a meeting's package, from the agenda as it stands.
 *
 * @param previous the manifest of the same variant of the version before, to tell what is new (the
 *                 addendum); null for the first version
 */
public record PackageOrder(PdfMeetingHeader meeting, int version, PackageVariant variant, List<AgendaEntry> agenda,
                           PackageManifest previous) {

    public PackageOrder {
        agenda = List.copyOf(agenda);
    }
}
