package nl.hamerslag.platform.eventstore;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.platform.MetadataKeys;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalEventTest {

    static final byte[] PAYLOAD = "{\"number\":1}".getBytes(StandardCharsets.UTF_8);

    static CanonicalEvent event(String type, Map<String, ?> metadata) {
        return new CanonicalEvent(type, "tally-1", 3, "event-1", "2026-01-05T10:00:00Z", "Counted", null, PAYLOAD,
                metadata);
    }

    @Test
    void aMetadataValueWithANewlineCannotForgeAnotherKey() {
        Map<String, String> honest = Map.of(MetadataKeys.HASH_VERSION, "2", "actorRole", "AUTHOR", "actorSubject", "anna");
        Map<String, String> forged = Map.of(MetadataKeys.HASH_VERSION, "2", "actorRole", "AUTHOR\nactorSubject=anna");

        assertThat(event("Tally", forged).link("")).isNotEqualTo(event("Tally", honest).link(""));
    }

    @Test
    void theAggregateTypeIsPartOfTheLink() {
        Map<String, String> metadata = Map.of(MetadataKeys.HASH_VERSION, "2");

        assertThat(event("Tally", metadata).link("")).isNotEqualTo(event("Ledger", metadata).link(""));
    }

    @Test
    void anAbsentRevisionDiffersFromAnEmptyOne() {
        Map<String, String> metadata = Map.of(MetadataKeys.HASH_VERSION, "2");
        CanonicalEvent absent = event("Tally", metadata);
        CanonicalEvent empty = new CanonicalEvent("Tally", "tally-1", 3, "event-1", "2026-01-05T10:00:00Z", "Counted", "",
                PAYLOAD, metadata);

        assertThat(absent.link("")).isNotEqualTo(empty.link(""));
    }

    @Test
    void theStoredHashItselfIsNotPartOfTheLink() {
        assertThat(event("Tally", Map.of(MetadataKeys.HASH_VERSION, "2", MetadataKeys.HASH, "abc")).link("p"))
                .isEqualTo(event("Tally", Map.of(MetadataKeys.HASH_VERSION, "2")).link("p"));
    }

    @Test
    void anEventWithoutAVersionIsVerifiedWithTheFirstFormSoOldRowsStayVerifiable() {
        String text = "tally-1\n3\nevent-1\n2026-01-05T10:00:00Z\nCounted\n\n" + ContentHash.sha256(PAYLOAD).value()
                + "\nactorRole=AUTHOR";
        String expected = ContentHash.sha256("previous\n" + text).value();

        assertThat(event("Tally", Map.of("actorRole", "AUTHOR")).link("previous")).isEqualTo(expected);
    }

    @Test
    void anUnknownVersionIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> event("Tally", Map.of(MetadataKeys.HASH_VERSION, "9")).link(""))
                .hasMessageContaining("unknown hash version 9");
    }
}
