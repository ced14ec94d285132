package nl.hamerslag.publication.web.publicsite;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * XML documents of the public site (the feed, the sitemap) written with StAX, which escapes every
 * text and attribute, so no title can break out of its element. Times are in the Dutch zone with
 * their offset, as RFC 3339 and xs:dateTime both read them.
 */
final class XmlWriting {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private XmlWriting() {
    }

    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    static String document(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            write(xml, body);
        } catch (XMLStreamException e) {
            // writing to a string fails only on a bug of ours; the platform answers it as a 500 and logs it
            throw new IllegalStateException("cannot write XML", e);
        }
        return out.toString();
    }

    /**
     * The document written straight to the response as it is made: a sitemap file of 50 000 URLs is tens of
     * megabytes, which should neither be held in memory whole nor keep the reader waiting for the first byte.
     */
    static void stream(OutputStream out, Body body) throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(new BufferedOutputStream(out), "UTF-8");
            write(xml, body);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML", e);
        }
    }

    private static void write(XMLStreamWriter xml, Body body) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        body.write(xml);
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    static void element(XMLStreamWriter xml, String prefix, String namespace, String name, String text)
            throws XMLStreamException {
        xml.writeStartElement(prefix, name, namespace);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    static String time(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(Dutch.ZONE)
                .toOffsetDateTime());
    }

    static String startOf(LocalDate day) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atStartOfDay(Dutch.ZONE).toOffsetDateTime());
    }
}
