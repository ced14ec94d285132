package nl.hamerslag.system;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static nl.hamerslag.system.Dossier.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What ops and outsiders see of the running system through the gateway: health says UP or DOWN to
 * anyone and its details only to an ADMIN; each service's parked records are an ADMIN's alone.
 */
@ExtendWith(SystemUnderTest.class)
class OperationsSystemTest {

    ApiClient gateway;

    @BeforeEach
    void setUp() {
        gateway = new ApiClient(SystemUnderTest.system().gatewayUrl());
    }

    @Test
    void healthTellsAnyoneWhetherItIsUpAndOnlyAnAdminWhatItConsistsOf() {
        ApiResponse anonymous = gateway.get("/actuator/health");
        ApiResponse admin = gateway.get("/actuator/health", as(Role.ADMIN));

        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.json().has("components")).isFalse();
        assertThat(admin.json().has("components")).isTrue();
    }

    @Test
    void everyServicesParkedRecordsAreListedForAnAdminOnly() {
        for (ServiceCatalog service : ServiceCatalog.values()) {
            String path = "/api/admin/" + service.shortName() + "/parked";
            ApiResponse admin = gateway.get(path, as(Role.ADMIN));
            ApiResponse author = gateway.get(path, as(Role.AUTHOR));

            assertThat(admin.status()).as(path + " " + admin).isEqualTo(200);
            assertThat(admin.json().isArray()).as(path + " " + admin).isTrue();
            assertThat(author.status()).as(path + " " + author).isEqualTo(403);
            assertThat(author.contentType()).startsWith("application/problem+json");
        }
    }
}
