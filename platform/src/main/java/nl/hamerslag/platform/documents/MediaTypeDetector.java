package nl.hamerslag.platform.documents;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Finds the media type of an uploaded document from its bytes, never from what the client says
 * (docs/decisions/0012): magic numbers, and for zip containers their contents (ODF). The file name is
 * used only where the bytes cannot tell the difference, within a family they already proved: an OOXML
 * package is a .docx, .xlsx or .pptx by its name. So a renamed executable or HTML page stays what it is.
 * Needs Tika on the service's class path ({@code tika-core}, {@code tika-parser-zip-commons}).
 */
public class MediaTypeDetector {

    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");

    private final Detector detector;
    private final MimeTypes types;

    public MediaTypeDetector() {
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.types = tika.getMimeRepository();
    }

    public String detect(Path file, String fileName) throws IOException {
        MediaType detected;
        try (TikaInputStream stream = TikaInputStream.get(file)) {
            detected = detector.detect(stream, new Metadata());
        }
        if (OOXML.equals(detected.getBaseType())) {
            MediaType byName = MediaType.parse(types.getMimeType(fileName).getName());
            if (types.getMediaTypeRegistry().isSpecializationOf(byName, OOXML)) {
                return byName.toString();
            }
        }
        return detected.getBaseType().toString();
    }
}
