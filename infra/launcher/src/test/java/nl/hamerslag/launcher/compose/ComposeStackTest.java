package nl.hamerslag.launcher.compose;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole compose stack, built from this checkout, where a Docker engine runs: a person logs in at
 * Keycloak (password grant of hamerslag-web) and drafts a proposal through the gateway, the skeleton
 * flow's first step. Every password and secret is a fresh random value for this run, handed to compose
 * as the environment .env would give. Without Docker the test is skipped and says why.
 */
class ComposeStackTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PROPOSAL = """
            {"type":"COLLEGE_PROPOSAL","title":"Herinrichting Marktplein","summary":"Het plein wordt groener.",
             "portfolioHolder":"Wethouder Ruimte","department":"Ruimte","confidentiality":"openbaar",
             "financialConsequences":true,"legalConsequences":true,"decidingBody":"COLLEGE"}""";

    private static ComposeContainer stack;
    private static Map<String, String> env;

    @BeforeAll
    static void bringTheStackUp() throws Exception {
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            docker = false;
        }
        if (!docker) {
            String reason = "ComposeStackTest skipped: no Docker engine reachable here (Testcontainers found none), "
                    + "so infra/docker-compose.yml cannot be brought up; ComposeFileTest and KafkaAclIntegrationTest check it without one";
            System.out.println(reason);
            Assumptions.assumeTrue(false, reason);
        }
        env = randomSecretsForEveryVariableOfEnvExample();
        stack = new ComposeContainer(new File("../docker-compose.yml"))
                .withEnv(env)
                .withBuild(true)
                .withRemoveVolumes(true)
                .withExposedService("keycloak", 8080, Wait.forHttp("/realms/hamerslag").forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(10)))
                .withExposedService("gateway", 8080, Wait.forHttp("/actuator/health").forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(20)));
        stack.start();
    }

    @AfterAll
    static void takeTheStackDown() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void anAuthorLoggedInAtKeycloakDraftsAProposalThroughTheGateway() throws Exception {
        String token = token("anna.steller");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(gateway("/api/proposals"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(PROPOSAL)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();
        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(gateway("/api/proposals/" + id))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).get("title").asString()).isEqualTo("Herinrichting Marktplein");
    }

    @Test
    void withoutATokenTheGatewaySays401() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(gateway("/api/proposals")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private static String token(String user) throws Exception {
        String form = "grant_type=password&client_id=hamerslag-web&username=" + user + "&password="
                + URLEncoder.encode(env.get("HAMERSLAG_DEMO_PASSWORD"), StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://"
                        + stack.getServiceHost("keycloak", 8080) + ":" + stack.getServicePort("keycloak", 8080)
                        + "/realms/hamerslag/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        return body.get("access_token").asString();
    }

    private static URI gateway(String path) {
        return URI.create("http://" + stack.getServiceHost("gateway", 8080) + ":" + stack.getServicePort("gateway", 8080) + path);
    }

    /** Every variable of infra/.env.example: its example value, and a new random one for each password and secret. */
    private static Map<String, String> randomSecretsForEveryVariableOfEnvExample() throws Exception {
        SecureRandom random = new SecureRandom();
        Map<String, String> values = new HashMap<>();
        Pattern line = Pattern.compile("^([A-Z0-9_]+)=(.*)$");
        for (String l : java.nio.file.Files.readAllLines(ComposeFile.INFRA.resolve(".env.example"))) {
            Matcher m = line.matcher(l);
            if (m.matches()) {
                byte[] secret = new byte[24];
                random.nextBytes(secret);
                values.put(m.group(1), m.group(2).equals("change-me") ? HexFormat.of().formatHex(secret) : m.group(2));
            }
        }
        return values;
    }
}
