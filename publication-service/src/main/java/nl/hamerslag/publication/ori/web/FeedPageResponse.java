package nl.hamerslag.publication.ori.web;

import nl.hamerslag.publication.ori.FeedRecord;

import java.util.List;

/**
 * A page of the feed: its records in ascending sequence number, the cursor to ask the next page with,
 * the highest sequence number now ({@code head}), whether more records follow, and the feed's epoch.
 */
record FeedPageResponse(List<FeedRecord> records, String cursor, long head, boolean hasMore, int epoch) {
}
