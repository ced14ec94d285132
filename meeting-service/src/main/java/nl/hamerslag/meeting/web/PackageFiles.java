package nl.hamerslag.meeting.web;

import nl.hamerslag.meeting.query.meetingpackage.StoredPackageFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;

/** Serves a stored package file or generated PDF with its SHA-256 as ETag; If-None-Match gives 304. */
final class PackageFiles {

    private PackageFiles() {
    }

    static ResponseEntity<byte[]> serve(StoredPackageFile file, MediaType type, String ifNoneMatch,
                                        ContentDisposition disposition) {
        String etag = "\"" + file.sha256() + "\"";
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(type).contentLength(file.content().length).eTag(etag);
        if (disposition != null) {
            ok.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        }
        return ok.body(file.content());
    }
}
