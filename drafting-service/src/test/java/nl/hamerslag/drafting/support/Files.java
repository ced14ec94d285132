package nl.hamerslag.drafting.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of real formats, made in the test so their bytes are known. */
public final class Files {

    public static final byte[] PDF = ascii("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    public static final byte[] PDF_V2 = ascii("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Lang (nl) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    public static final byte[] TEXT = "Toelichting bij het voorstel: het plein wordt groener.\n".getBytes(StandardCharsets.UTF_8);
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    public static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0,
            (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0};
    public static final byte[] HTML = ascii("<!DOCTYPE html>\n<html><head><script>alert('x')</script></head><body></body></html>\n");

    private Files() {
    }

    /** A .docx as far as detection goes: an OPC package whose first entry is [Content_Types].xml. */
    public static byte[] docx() {
        return zip("[Content_Types].xml", ascii("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"), true);
    }

    /** An ODF text document: its first entry is the stored, uncompressed "mimetype". */
    public static byte[] odt() {
        return zip("mimetype", ascii("application/vnd.oasis.opendocument.text"), false);
    }

    /** A plain zip archive. */
    public static byte[] zipArchive() {
        return zip("notes.txt", ascii("just an archive"), true);
    }

    /** {@code size} bytes of a PDF-looking file, made as they are read: never in memory as a whole. */
    public static InputStream largePdf(long size) {
        byte[] header = ascii("%PDF-1.4\n");
        return new InputStream() {
            long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                int b = position < header.length ? header[(int) position] : 'a' + (int) (position % 23);
                position++;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(length, size - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return n;
            }
        };
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
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
