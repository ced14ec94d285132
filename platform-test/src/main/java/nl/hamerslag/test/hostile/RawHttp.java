package nl.hamerslag.test.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one connection per request. Hostile input needs bytes that a
 * proper client refuses to send (a control character in a header, an overlong UTF-8 sequence in a
 * URL), so this writes exactly what it is given: the request target and header values as bytes
 * (characters up to U+00FF as one byte each, anything else as UTF-8), the body as is.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 60_000;

    private RawHttp() {
    }

    /** An answer: status, headers by lower-case name, body. */
    public record Response(int status, Map<String, String> headers, byte[] body) {

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public static Response send(int port, String method, String target, List<String[]> headers, byte[] body)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            write(head, method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n");
            for (String[] header : headers) {
                write(head, header[0] + ": " + header[1] + "\r\n");
            }
            if (body != null) {
                write(head, "Content-Length: " + body.length + "\r\n");
            }
            write(head, "\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toByteArray());
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedWhileSending) {
                // the server may answer and close before it read everything (a refused header, a body
                // too large); its answer is still there to read
            }
            return read(socket.getInputStream());
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        boolean singleBytes = text.chars().allMatch(c -> c <= 0xFF);
        out.writeBytes(text.getBytes(singleBytes ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        byte[] separator = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int end = -1;
        while (end < 0) {
            int n = in.read(buffer);
            if (n < 0) {
                throw new IOException("no complete answer (" + received.size() + " bytes)");
            }
            received.write(buffer, 0, n);
            end = indexOf(received.toByteArray(), separator);
        }
        byte[] head = received.toByteArray();
        String[] lines = new String(head, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        // a stream of server-sent events does not end by itself: its status and headers are the answer,
        // and closing the connection ends it on the server
        boolean stream = headers.getOrDefault("content-type", "").startsWith("text/event-stream");
        if (!stream) {
            received.write(in.readAllBytes());
        }
        byte[] all = received.toByteArray();
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if (!stream && "chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, body);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(chunked, at, chunked.length), new byte[]{'\r', '\n'});
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(chunked, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = Integer.parseInt(sizeLine, 16);
            at += lineEnd + 2;
            if (size == 0) {
                break;
            }
            body.write(chunked, at, Math.min(size, chunked.length - at));
            at += size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
