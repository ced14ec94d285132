package nl.hamerslag.publication.zgw;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The uuids of what ZGW names and we keep no id for: a decision's document as an informatieobject and
 * its link to the besluit, each a name-based UUID (version 3) of the publication and the document's
 * position in it, so the same document of the same decision keeps its uuid across restarts and
 * replays. A besluit's uuid is the publication's own id. {@link #SQL_DOCUMENT_UUID} computes the same
 * UUID in PostgreSQL, so a lookup by uuid is a query, not a scan in Java.
 */
final class ZgwIds {

    static final String INFORMATIEOBJECT = "zgw:enkelvoudiginformatieobject:";
    static final String BESLUITINFORMATIEOBJECT = "zgw:besluitinformatieobject:";

    /**
     * {@link UUID#nameUUIDFromBytes} in SQL, for the name {@code ? || publication_id || ':' || position}:
     * the MD5 with its version nibble set to 3 and its variant bits to 10.
     */
    static final String SQL_DOCUMENT_UUID = """
            (select overlay(overlay(h placing '3' from 13 for 1)
                    placing substr('89ab', ((('x' || substr(h, 17, 1))::bit(4)::int) & 3) + 1, 1) from 17 for 1)::uuid
             from (select md5(? || d.publication_id::text || ':' || d.position) as h) hashed)""";

    private ZgwIds() {
    }

    static UUID informatieobject(UUID publicationId, int position) {
        return nameUuid(INFORMATIEOBJECT, publicationId, position);
    }

    static UUID besluitinformatieobject(UUID publicationId, int position) {
        return nameUuid(BESLUITINFORMATIEOBJECT, publicationId, position);
    }

    private static UUID nameUuid(String kind, UUID publicationId, int position) {
        return UUID.nameUUIDFromBytes((kind + publicationId + ":" + position).getBytes(StandardCharsets.UTF_8));
    }
}
