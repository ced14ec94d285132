package nl.hamerslag.drafting.web;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.drafting.support.DraftingApi;
import nl.hamerslag.drafting.support.DraftingIntegrationTest;
import nl.hamerslag.drafting.support.Files;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static nl.hamerslag.drafting.support.DraftingApi.as;
import static org.assertj.core.api.Assertions.assertThat;

@DraftingIntegrationTest
class AttachmentApiIntegrationTest {

    private static final long MB = 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    DraftingApi api;

    @BeforeEach
    void setUp() {
        api = new DraftingApi(port);
    }

    @Test
    void anUploadAnswersTheIdAndSha256AndTheDownloadGivesTheSameBytesWithTypeNameAndEtag() {
        String id = api.drafted();

        ApiResponse uploaded = api.upload(id, "MAIN", "Raadsvoorstel Marktplein.pdf", "application/octet-stream",
                Files.PDF, as(Role.AUTHOR));

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String sha256 = ContentHash.sha256(Files.PDF).value();
        assertThat(uploaded.json().get("sha256").asString()).isEqualTo(sha256);
        assertThat(uploaded.json().get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(uploaded.json().get("size").asLong()).isEqualTo(Files.PDF.length);
        String href = uploaded.header("Location");
        assertThat(href).endsWith("/attachments/" + uploaded.json().get("id").asString());

        HttpResponse<byte[]> download = bytes(href, as(Role.MANAGER), null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Files.PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("Raadsvoorstel");
        assertThat(bytes(href, as(Role.MANAGER), "\"" + sha256 + "\"").statusCode()).isEqualTo(304);
        assertThat(api.get("/api/proposals/" + id, as(Role.AUTHOR)).json().get("attachments").get(0)
                .get("sha256").asString()).isEqualTo(sha256);
    }

    @Test
    void theSameContentIsStoredOnce() {
        String first = api.drafted();
        String second = api.drafted();
        byte[] unique = (new String(Files.TEXT) + first).getBytes();

        assertThat(api.upload(first, "ANNEX", "a.txt", "text/plain", unique, as(Role.AUTHOR)).status()).isEqualTo(201);
        assertThat(api.upload(second, "ANNEX", "b.txt", "text/plain", unique, as(Role.AUTHOR)).status()).isEqualTo(201);

        assertThat(jdbc.queryForObject("select count(*) from attachment_content where sha256 = ?", Long.class,
                ContentHash.sha256(unique).value())).isEqualTo(1);
    }

    @Test
    void officeDocumentsPngAndTextAreRecognisedFromTheirBytes() {
        String id = api.drafted();

        assertThat(type(api.upload(id, "ANNEX", "notitie.docx", "application/octet-stream", Files.docx(), as(Role.AUTHOR))))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(type(api.upload(id, "ANNEX", "notitie", "application/octet-stream", Files.odt(), as(Role.AUTHOR))))
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(type(api.upload(id, "ANNEX", "kaart.png", "image/jpeg", Files.PNG, as(Role.AUTHOR)))).isEqualTo("image/png");
        assertThat(type(api.upload(id, "ANNEX", "toelichting.txt", "text/plain", Files.TEXT, as(Role.AUTHOR))))
                .isEqualTo("text/plain");
    }

    @Test
    void replacingAnAttachmentKeepsItsIdAndRaisesItsRevision() {
        String id = api.drafted();
        JsonNode first = api.upload(id, "MAIN", "voorstel.pdf", "application/pdf", Files.PDF, as(Role.AUTHOR)).json();
        String attachmentId = first.get("id").asString();

        ApiResponse replaced = api.replace(id, attachmentId, "voorstel-v2.pdf", Files.PDF_V2, as(Role.AUTHOR));

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("id").asString()).isEqualTo(attachmentId);
        assertThat(replaced.json().get("revision").asInt()).isEqualTo(2);
        assertThat(replaced.json().get("sha256").asString()).isEqualTo(ContentHash.sha256(Files.PDF_V2).value());
        assertThat(bytes("/api/proposals/" + id + "/attachments/" + attachmentId, as(Role.AUTHOR), null).body())
                .isEqualTo(Files.PDF_V2);
    }

    @Test
    void anAttachmentCanBeRemovedWhileEditable() {
        String id = api.drafted();
        String attachmentId = api.upload(id, "ANNEX", "kaart.png", "image/png", Files.PNG, as(Role.AUTHOR)).json()
                .get("id").asString();

        ApiResponse removed = api.client().send(api.client().request("/api/proposals/" + id + "/attachments/" + attachmentId,
                "Authorization", as(Role.AUTHOR)).DELETE());

        assertThat(removed.status()).isEqualTo(204);
        assertThat(api.get("/api/proposals/" + id + "/attachments/" + attachmentId, as(Role.AUTHOR)).status()).isEqualTo(404);
        assertThat(api.get("/api/proposals/" + id, as(Role.AUTHOR)).json().get("attachments").size()).isZero();
    }

    @Test
    void submittingWithoutAMainDocumentIs409() {
        String id = api.drafted();
        api.upload(id, "ANNEX", "kaart.png", "image/png", Files.PNG, as(Role.AUTHOR));

        ApiResponse refused = api.submit(id, as(Role.AUTHOR));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("main document");
    }

    @Test
    void aSecondMainDocumentIs409() {
        String id = api.drafted();
        api.upload(id, "MAIN", "voorstel.pdf", "application/pdf", Files.PDF, as(Role.AUTHOR));
        long contents = contents();

        ApiResponse refused = api.upload(id, "MAIN", "ander.pdf", "application/pdf", Files.PDF_V2, as(Role.AUTHOR));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(contents()).as("nothing stored").isEqualTo(contents);
    }

    @Test
    void attachmentsOfASubmittedProposalAreFrozen() {
        String id = api.drafted();
        api.submittedWithMain(id);
        long contents = contents();

        ApiResponse refused = api.upload(id, "ANNEX", "laat.pdf", "application/pdf", Files.PDF_V2, as(Role.AUTHOR));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("SUBMITTED");
        assertThat(contents()).isEqualTo(contents);
    }

    @Test
    void anEmptyFileIs400AndNothingIsStored() {
        assertRefusedAndNothingStored(api.upload(api.drafted(), "ANNEX", "leeg.pdf", "application/pdf", new byte[0],
                as(Role.AUTHOR)), 400, "empty");
    }

    @Test
    void aDisallowedMediaTypeIs415() {
        assertRefusedAndNothingStored(api.upload(api.drafted(), "ANNEX", "archief.zip", "application/zip",
                Files.zipArchive(), as(Role.AUTHOR)), 415, "application/zip");
    }

    @Test
    void anExecutableDisguisedAsPdfIs415() {
        assertRefusedAndNothingStored(api.upload(api.drafted(), "MAIN", "voorstel.pdf", "application/pdf", Files.EXE,
                as(Role.AUTHOR)), 415, "by its content");
    }

    @Test
    void aWebPageDisguisedAsPdfIs415() {
        assertRefusedAndNothingStored(api.upload(api.drafted(), "MAIN", "voorstel.pdf", "application/pdf", Files.HTML,
                as(Role.AUTHOR)), 415, "text/html");
    }

    @Test
    void aPathInTheFileNameIs400() {
        String id = api.drafted();
        assertRefusedAndNothingStored(api.upload(id, "ANNEX", "../../etc/passwd.pdf", "application/pdf", Files.PDF,
                as(Role.AUTHOR)), 400, "path");
        assertRefusedAndNothingStored(api.upload(id, "ANNEX", "C:\\\\Users\\\\anna\\\\voorstel.pdf", "application/pdf",
                Files.PDF, as(Role.AUTHOR)), 400, "path");
    }

    @Test
    void aControlCharacterInTheFileNameIs400AndNothingIsStored() {
        String id = api.drafted();
        assertRefusedAndNothingStored(api.upload(id, "ANNEX", "kaart\u0007.png", "image/png", Files.PNG,
                as(Role.AUTHOR)), 400, "control character");
    }

    @Test
    void aBidiOverrideIsRemovedFromTheFileNameSoItCannotDisguiseItsExtension() {
        ApiResponse uploaded = api.upload(api.drafted(), "ANNEX", "kaart\u202E.png", "image/png", Files.PNG,
                as(Role.AUTHOR));

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().get("name").asString()).isEqualTo("kaart.png");
    }

    @Test
    void anUnknownKindIs400() {
        assertRefusedAndNothingStored(api.upload(api.drafted(), "APPENDIX", "kaart.png", "image/png", Files.PNG,
                as(Role.AUTHOR)), 400, "kind");
    }

    @Test
    void aFileOverTheConfiguredLimitIs413AndNothingIsStored() {
        long size = DraftingIntegrationTest.MAX_SIZE_MB * MB + 1;
        ApiResponse refused = api.upload("POST", "/api/proposals/" + api.drafted() + "/attachments", "ANNEX", "groot.pdf",
                "application/pdf", size, () -> Files.largePdf(size), as(Role.AUTHOR));

        assertRefusedAndNothingStored(refused, 413, DraftingIntegrationTest.MAX_SIZE_MB + " MB");
    }

    @Test
    void aFileOverTheServletMultipartLimitIs413ProblemJson() {
        long size = 50 * MB + 1;
        ApiResponse refused = api.upload("POST", "/api/proposals/" + api.drafted() + "/attachments", "ANNEX", "enorm.pdf",
                "application/pdf", size, () -> Files.largePdf(size), as(Role.AUTHOR));

        assertRefusedAndNothingStored(refused, 413, "limit");
    }

    @Test
    void anotherAuthorCannotUploadTo403AndAConfidentialOneIsNotThere404() {
        String open = api.drafted();
        String secret = api.drafted(DraftingApi.VALID.replace("openbaar", "vertrouwelijk"));

        assertThat(api.upload(open, "ANNEX", "kaart.png", "image/png", Files.PNG, DraftingApi.OTHER_AUTHOR).status())
                .isEqualTo(403);
        assertThat(api.upload(secret, "ANNEX", "kaart.png", "image/png", Files.PNG, DraftingApi.OTHER_AUTHOR).status())
                .isEqualTo(404);
    }

    /**
     * 20 MB up and down, streamed on both sides: the client makes the bytes as they are sent and
     * hashes them as they arrive. The service copies the upload to a temporary file in 8 KB steps
     * and stores and serves it in 1 MiB chunks; ArchitectureTest forbids whole-file reads. The heap
     * figure printed is the peak growth of the whole test JVM (broker included) during the test.
     */
    @Test
    void a20MbFileIsStreamedUpAndDownAndKeepsItsHash() throws Exception {
        long size = 20 * MB;
        String id = api.drafted();
        AtomicReference<MessageDigest> sent = new AtomicReference<>();
        long heapBefore = resetHeapPeaks();

        ApiResponse uploaded = api.upload("POST", "/api/proposals/" + id + "/attachments", "MAIN", "bijlagenboek.pdf",
                "application/pdf", size, () -> {
                    sent.set(sha256());
                    return new DigestInputStream(Files.largePdf(size), sent.get());
                }, as(Role.AUTHOR));

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String expected = HexFormat.of().formatHex(sent.get().digest());
        assertThat(uploaded.json().get("sha256").asString()).isEqualTo(expected);
        assertThat(uploaded.json().get("size").asLong()).isEqualTo(size);
        assertThat(jdbc.queryForObject("select count(*) from attachment_chunk where sha256 = ?", Long.class, expected))
                .isEqualTo(20);

        HttpResponse<InputStream> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + uploaded.header("Location")))
                .header("Authorization", as(Role.AUTHOR)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        MessageDigest received = sha256();
        long length;
        try (InputStream body = new DigestInputStream(download.body(), received)) {
            length = body.transferTo(java.io.OutputStream.nullOutputStream());
        }
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(length).isEqualTo(size);
        assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(expected);
        System.out.printf("20 MB upload+download: heap peak %d MB above the %d MB in use before%n",
                (heapPeak() - heapBefore) / MB, heapBefore / MB);
    }

    private void assertRefusedAndNothingStored(ApiResponse response, int status, String detail) {
        long contents = contents();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).containsIgnoringCase(detail);
        assertThat(contents()).isEqualTo(contents);
        assertThat(jdbc.queryForObject("select count(*) from attachment_content c where not exists "
                + "(select 1 from domain_event_entry e where convert_from(e.payload, 'UTF8') like '%' || c.sha256 || '%')",
                Long.class)).as("content no event refers to").isZero();
    }

    private long contents() {
        return jdbc.queryForObject("select count(*) from attachment_content", Long.class);
    }

    private static String type(ApiResponse uploaded) {
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded.json().get("mediaType").asString();
    }

    private HttpResponse<byte[]> bytes(String path, String token, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", token);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static long resetHeapPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static long heapPeak() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
