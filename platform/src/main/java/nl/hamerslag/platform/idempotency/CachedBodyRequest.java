package nl.hamerslag.platform.idempotency;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request whose body was read once, to be hashed, and can be read again by the controller. The body is read
 * only up to a limit: it is held in memory, and a caller must not be able to fill the heap.
 */
final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    private CachedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The request with its body read, or empty when the body is longer than {@code maxBytes}. */
    static Optional<CachedBodyRequest> read(HttpServletRequest request, int maxBytes) throws IOException {
        // by the declared length first, so that a too large body is not even read; then while reading, for a
        // chunked body that declares none (one byte more than allowed is enough to know)
        if (request.getContentLengthLong() > maxBytes) {
            return Optional.empty();
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        return body.length > maxBytes ? Optional.empty() : Optional.of(new CachedBodyRequest(request, body));
    }

    byte[] body() {
        return body;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the body is already in memory; read it synchronously");
            }

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        return new BufferedReader(new InputStreamReader(getInputStream(),
                encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
    }
}
