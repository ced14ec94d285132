package nl.hamerslag.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** What an export bundle says it could not hold: its {@code missing.json}, read from the zip as it came. */
final class BundleGaps {

    private BundleGaps() {
    }

    /** The gaps listed in {@code missing.json}, or "" when it lists none; a bundle without the file is a gap itself. */
    static String missing(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("missing.json")) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    return text.replaceAll("\\s", "").equals("[]") ? "" : text;
                }
            }
            return "the bundle holds no missing.json";
        } catch (IOException e) {
            throw new UncheckedIOException("the export is no readable zip", e);
        }
    }
}
