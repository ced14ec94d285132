package nl.hamerslag.followup.command;

/**
 * A settlement letter or answer as stored: its base name, the media type read from its bytes, its
 * size and its SHA-256; the bytes themselves stay in the follow-up database, never in an event.
 */
public record SettlementDocument(String name, String mediaType, long size, String sha256) {
}
