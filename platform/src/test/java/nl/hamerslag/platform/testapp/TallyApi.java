package nl.hamerslag.platform.testapp;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** The test app's API as the tests call it. */
public final class TallyApi {

    private final ApiClient client;

    public TallyApi(int port) {
        this.client = new ApiClient("http://localhost:" + port);
    }

    public ApiClient client() {
        return client;
    }

    public String create(String name, String... headers) {
        ApiResponse response = createResponse(name, headers);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    public ApiResponse createResponse(String name, String... headers) {
        String[] all = concat(headers, "Authorization", TestTokens.bearer(Role.AUTHOR));
        return client.post("/api/tallies", "{\"name\":\"" + name + "\"}", all);
    }

    public void count(String id) {
        ApiResponse response = client.post("/api/tallies/" + id + "/count", null, "Authorization", TestTokens.bearer(Role.AUTHOR));
        assertThat(response.status()).as(response.toString()).isEqualTo(204);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
