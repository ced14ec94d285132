package nl.hamerslag.gateway;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A caller's X-Correlation-Id is passed on only as a short plain identifier; else the gateway makes one. */
class CallerCorrelationIdTest extends LocalGatewayTest {

    @ParameterizedTest
    @ValueSource(strings = {"has space", "semi;colon", "<script>alert(1)</script>",
            "x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x"})
    void anIdThatIsNotAShortPlainIdentifierIsReplacedForTheServiceAndTheCaller(String given) {
        String echoed = client.get().uri("/api/followup/items").headers(h -> {
                    h.setBearerAuth(tokenFor("AUTHOR"));
                    h.set("X-Correlation-Id", given);
                }).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Correlation-Id");

        assertThat(echoed).isNotEqualTo(given).matches("[0-9a-f-]{36}");
        assertThat(SERVICES.get("followup").lastRequestHeaders().getFirst("X-Correlation-Id")).isEqualTo(echoed);
    }
}
