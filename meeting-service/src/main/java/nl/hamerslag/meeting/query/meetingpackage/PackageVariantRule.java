package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.PackageVariant;

/**
 * What a variant shows. INTERNAL: everything. PUBLIC: no item marked confidential (not even its
 * title), and no document of a proposal that is not openbaar; such an item keeps its title with a
 * note that its documents are not public. A proposal without a confidentiality fails closed.
 */
public final class PackageVariantRule {

    private PackageVariantRule() {
    }

    public static boolean showsItem(PackageVariant variant, AgendaEntry entry) {
        return variant == PackageVariant.INTERNAL || !entry.confidential();
    }

    public static boolean showsDocuments(PackageVariant variant, AgendaEntry entry) {
        if (variant == PackageVariant.INTERNAL) {
            return true;
        }
        return !entry.confidential() && entry.confidentiality() != null && entry.confidentiality().isPublic();
    }
}
