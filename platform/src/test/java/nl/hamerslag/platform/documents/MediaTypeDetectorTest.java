package nl.hamerslag.platform.documents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The media type comes from the bytes; the name only tells OOXML formats apart (docs/decisions/0012). */
class MediaTypeDetectorTest {

    static final byte[] PDF = ascii("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0,
            (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0};
    static final byte[] HTML = ascii("<!DOCTYPE html>\n<html><head><script>alert('x')</script></head><body></body></html>\n");

    final MediaTypeDetector detector = new MediaTypeDetector();

    @TempDir
    Path dir;

    @Test
    void magicNumbersDecideWhateverTheName() throws IOException {
        assertThat(detect(PDF, "brief.pdf")).isEqualTo("application/pdf");
        assertThat(detect(PNG, "brief.pdf")).isEqualTo("image/png");
        assertThat(detect(PDF, "brief.txt")).isEqualTo("application/pdf");
    }

    @Test
    void aRenamedWebPageOrExecutableStaysWhatItIs() throws IOException {
        assertThat(detect(HTML, "voorstel.pdf")).isEqualTo("text/html");
        assertThat(detect(EXE, "voorstel.pdf")).isNotEqualTo("application/pdf").contains("msdownload");
    }

    @Test
    void anOoxmlPackageIsTheOfficeFormatItsNameSays() throws IOException {
        byte[] docx = docx();
        assertThat(detect(docx, "advies.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(detect(docx, "begroting.xlsx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void aNameOutsideTheFamilyTheBytesProvedChangesNothing() throws IOException {
        assertThat(detect(docx(), "advies.pdf")).isEqualTo("application/x-tika-ooxml");
        assertThat(detect(zip("notes.txt", ascii("just an archive"), true), "advies.docx")).isEqualTo("application/zip");
    }

    @Test
    void anOdfDocumentIsKnownByItsMimetypeEntry() throws IOException {
        assertThat(detect(zip("mimetype", ascii("application/vnd.oasis.opendocument.text"), false), "notitie.zip"))
                .isEqualTo("application/vnd.oasis.opendocument.text");
    }

    private String detect(byte[] bytes, String name) throws IOException {
        Path file = Files.createTempFile(dir, "upload-", ".bin");
        Files.write(file, bytes);
        return detector.detect(file, name);
    }

    /** A .docx as far as detection goes: an OPC package whose first entry is [Content_Types].xml. */
    private static byte[] docx() {
        return zip("[Content_Types].xml", ascii("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"), true);
    }

    private static byte[] zip(String firstEntry, byte[] content, boolean deflated) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                ZipEntry entry = new ZipEntry(firstEntry);
                if (!deflated) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("content.xml"));
                zip.write(ascii("<document/>"));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
