package nl.hamerslag.platform.documents;

import nl.hamerslag.platform.serviceidentity.ServiceIdentityAutoConfiguration;
import nl.hamerslag.platform.serviceidentity.ServiceTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** Documents exist only in a service that names an owner; the service's tokens in every service. */
class DocumentsAutoConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ServiceIdentityAutoConfiguration.class, DocumentsAutoConfiguration.class))
            .withBean(JdbcTemplate.class, () -> mock(JdbcTemplate.class))
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build())
            .withPropertyValues("hamerslag.data-dir=/nonexistent", "hamerslag.kafka.service=meeting");

    @Test
    void aServiceThatNamesAnOwnerHasDocuments() {
        runner.withPropertyValues("hamerslag.documents.owners.drafting=http://localhost:8081")
                .run(context -> assertThat(context).hasSingleBean(Documents.class).hasSingleBean(ServiceTokens.class));
    }

    @Test
    void aServiceThatNamesNoOwnerHasNone() {
        runner.run(context -> assertThat(context).doesNotHaveBean(Documents.class).hasSingleBean(ServiceTokens.class));
    }

    @Test
    void anOwnerThatIsNoServiceStopsTheStart() {
        runner.withPropertyValues("hamerslag.documents.owners.archive=http://localhost:9999")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("archive"));
    }

    @Test
    void aTokenUriWithoutSecretStopsTheStart() {
        runner.withPropertyValues("hamerslag.service-identity.token-uri=http://keycloak:8080/realms/hamerslag/protocol/openid-connect/token",
                        "hamerslag.service-identity.client-id=hamerslag-meeting")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("client-secret"));
    }
}
