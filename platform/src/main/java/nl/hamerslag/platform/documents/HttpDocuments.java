package nl.hamerslag.platform.documents;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.platform.serviceidentity.ServiceTokenUnavailable;
import nl.hamerslag.platform.serviceidentity.ServiceTokens;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Documents} over HTTP: the copy kept here when there is one, else {@code GET
 * <owner>/api/documents/<sha256>} with this service's own token, the bytes read up to the size
 * limit, hashed, and kept only when they have the hash asked for.
 */
public class HttpDocuments implements Documents {

    static final String OCTET_STREAM = "application/octet-stream";

    private final DocumentCopies copies;
    private final ServiceTokens tokens;
    private final Map<ServiceCatalog, URI> owners;
    private final long maxSize;
    private final HttpClient http;
    private final Duration timeout;

    public HttpDocuments(DocumentCopies copies, ServiceTokens tokens, Map<ServiceCatalog, URI> owners, long maxSize,
                         HttpClient http, Duration timeout) {
        this.copies = copies;
        this.tokens = tokens;
        this.owners = Map.copyOf(owners);
        this.maxSize = maxSize;
        this.http = http;
        this.timeout = timeout;
    }

    @Override
    public byte[] get(ServiceCatalog owner, ContentHash sha256) {
        Optional<byte[]> copy = copies.find(sha256);
        if (copy.isPresent()) {
            return copy.get();
        }
        URI base = owners.get(owner);
        if (base == null) {
            throw new IllegalStateException("no address for " + owner.shortName() + "'s documents: set hamerslag.documents.owners."
                    + owner.shortName() + " (e.g. http://localhost:" + owner.port() + ")");
        }
        Fetched fetched = fetch(owner, sha256, base);
        ContentHash actual = ContentHash.sha256(fetched.bytes());
        if (!actual.equals(sha256)) {
            throw new DocumentHashMismatch(owner, sha256, actual);
        }
        copies.keep(sha256, owner, fetched.mediaType(), fetched.bytes());
        return fetched.bytes();
    }

    private record Fetched(byte[] bytes, String mediaType) {
    }

    private Fetched fetch(ServiceCatalog owner, ContentHash sha256, URI base) {
        String token;
        try {
            token = tokens.current();
        } catch (ServiceTokenUnavailable e) {
            throw new DocumentUnavailable(owner, sha256, DocumentUnavailable.Kind.TRANSIENT,
                    "this service has no token of its own: " + e.getMessage(), e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(base.toString()) + "/api/documents/" + sha256.value()))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status == 200) {
                    return new Fetched(readUpToLimit(owner, sha256, body, response), mediaType(response));
                }
                throw unavailable(owner, sha256, status);
            }
        } catch (IOException e) {
            throw new DocumentUnavailable(owner, sha256, DocumentUnavailable.Kind.TRANSIENT,
                    "cannot reach " + base + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentUnavailable(owner, sha256, DocumentUnavailable.Kind.TRANSIENT, "interrupted", e);
        }
    }

    private byte[] readUpToLimit(ServiceCatalog owner, ContentHash sha256, InputStream body,
                                 HttpResponse<InputStream> response) throws IOException {
        long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (announced > maxSize) {
            throw tooLarge(owner, sha256, announced + " bytes");
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
        if (bytes.length > maxSize) {
            throw tooLarge(owner, sha256, "more than " + maxSize + " bytes");
        }
        return bytes;
    }

    private DocumentUnavailable tooLarge(ServiceCatalog owner, ContentHash sha256, String size) {
        return new DocumentUnavailable(owner, sha256, DocumentUnavailable.Kind.REFUSED, "it is " + size
                + ", over this service's limit of " + maxSize + " bytes (hamerslag.documents.max-size)", null);
    }

    private static DocumentUnavailable unavailable(ServiceCatalog owner, ContentHash sha256, int status) {
        if (status == 404) {
            return new DocumentUnavailable(owner, sha256, DocumentUnavailable.Kind.NOT_FOUND,
                    owner.shortName() + " has no document with this hash", null);
        }
        if (status == 401 || status == 403) {
            return new DocumentUnavailable(owner, sha256, DocumentUnavailable.Kind.REFUSED, owner.shortName()
                    + " refused this service's token (" + status + "); check hamerslag.service-identity", null);
        }
        DocumentUnavailable.Kind kind = status >= 500 || status == 429 || status == 408
                ? DocumentUnavailable.Kind.TRANSIENT : DocumentUnavailable.Kind.REFUSED;
        return new DocumentUnavailable(owner, sha256, kind, owner.shortName() + " answered " + status, null);
    }

    private static String mediaType(HttpResponse<?> response) {
        String type = response.headers().firstValue("Content-Type").map(String::strip).orElse(OCTET_STREAM);
        return type.isEmpty() || type.length() > 255 ? OCTET_STREAM : type;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
