package nl.hamerslag.publication.ori.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.hamerslag.publication.ori.FeedRecord;

import java.util.List;

/**
 * A page of the snapshot: the current state as upsert records. The first page carries {@code feedCursor},
 * fixed before the snapshot was read: follow the feed from there and nothing falls in between.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SnapshotPageResponse(String feedCursor, List<FeedRecord> records, String cursor, boolean hasMore, int epoch) {
}
