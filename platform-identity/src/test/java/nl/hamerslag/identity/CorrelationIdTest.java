package nl.hamerslag.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"3f1c2a9e-7b1d-4c55-9a57-1f0e8b6c2d11", "order-42", "req_1.2:a", "x"})
    void aShortPlainIdentifierFromTheCallerIsKept(String given) {
        assertThat(CorrelationId.acceptOrMake(given)).isEqualTo(given);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "line\nbreak", "tab\there", "bell\u0007", "überall", "emoji\uD83D\uDE00",
            "semi;colon", "<script>", "a/b"})
    void anythingElseIsReplacedByANewId(String given) {
        String used = CorrelationId.acceptOrMake(given);

        assertThat(used).isNotEqualTo(given);
        assertThat(CorrelationId.isPlain(used)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {CorrelationId.MAX_LENGTH + 1, 10_000})
    void anIdLongerThanTheLimitIsReplaced(int length) {
        String given = "a".repeat(length);

        assertThat(CorrelationId.acceptOrMake(given)).isNotEqualTo(given).hasSizeLessThanOrEqualTo(CorrelationId.MAX_LENGTH);
        assertThat(CorrelationId.acceptOrMake("a".repeat(CorrelationId.MAX_LENGTH))).hasSize(CorrelationId.MAX_LENGTH);
    }
}
