package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.meeting.PackageVariant;

/** The names a stored package file is offered under, the same to people and to services. */
public final class PackageFileNames {

    private PackageFileNames() {
    }

    public static String pdf(int version, PackageVariant variant) {
        return base(version, variant) + ".pdf";
    }

    public static String manifest(int version, PackageVariant variant) {
        return base(version, variant) + "-manifest.json";
    }

    private static String base(int version, PackageVariant variant) {
        return "vergaderstukken-v" + version + "-" + (variant == PackageVariant.PUBLIC ? "openbaar" : "intern");
    }
}
