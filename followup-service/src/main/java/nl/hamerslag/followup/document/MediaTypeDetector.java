package nl.hamerslag.followup.document;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The media type of a settlement document, from its bytes (docs/decisions/0012): magic numbers and,
 * for zip containers, their contents. The name only tells the OOXML formats apart once the bytes have
 * shown the file is OOXML, so a renamed executable or web page stays what it is.
 */
@Component
class MediaTypeDetector {

    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");

    private final Detector detector;
    private final MimeTypes types;

    MediaTypeDetector() {
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.types = tika.getMimeRepository();
    }

    String detect(Path file, String fileName) throws IOException {
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
