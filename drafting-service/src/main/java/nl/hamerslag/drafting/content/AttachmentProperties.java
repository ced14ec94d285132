package nl.hamerslag.drafting.content;

import nl.hamerslag.drafting.command.AttachmentLimit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.util.List;
import java.util.Locale;

/**
 * What an attachment may be ({@code hamerslag.attachments.*}). Types are matched against the media
 * type detected from the bytes; a pattern ending in {@code *} matches a family (all ODF formats).
 * A limit above 50MB also needs {@code spring.servlet.multipart.max-file-size} raised.
 *
 * @param maxPerProposal how many attachments, main document included, one proposal may have; at most
 *                       {@link AttachmentLimit#CEILING}, so its manifest fits one Kafka record (ADR 0026)
 */
@ConfigurationProperties("hamerslag.attachments")
public record AttachmentProperties(
        @DefaultValue("50MB") DataSize maxSize,
        @DefaultValue({"application/pdf", "application/vnd.oasis.opendocument.*",
                "application/vnd.openxmlformats-officedocument.*", "text/plain", "image/png", "image/jpeg"})
        List<String> allowedTypes,
        @DefaultValue("100") int maxPerProposal) {

    public boolean allows(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        return allowedTypes.stream().map(p -> p.strip().toLowerCase(Locale.ROOT)).anyMatch(pattern ->
                pattern.endsWith("*") ? type.startsWith(pattern.substring(0, pattern.length() - 1)) : type.equals(pattern));
    }
}
