package nl.hamerslag.publication.zgw;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockPropertySource;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ZGW configuration as shipped: its defaults are usable, the local profile names the demo application, faults stop the start. */
class ZgwPropertiesTest {

    @Test
    void theShippedDefaultsAreUsableAndNameNoApplication() throws IOException {
        ZgwProperties zgw = bind("application.yml");

        assertThat(zgw.rsin()).isEqualTo("002220647");
        assertThat(zgw.besluittypen()).containsOnlyKeys(DecidingBody.values());
        assertThat(zgw.bestuursorganen().get(DecidingBody.COUNCIL)).isEqualTo("gemeenteraad");
        assertThat(zgw.pageSize()).isEqualTo(100);
        assertThat(zgw.applications()).isEmpty();
    }

    @Test
    void locallyTheDemoAuditorIsAZgwApplicationUpToGeheim() throws IOException {
        ZgwProperties zgw = bind("application.yml", "application-local.yml");

        assertThat(zgw.applications()).containsOnlyKeys("aart.auditor");
        assertThat(zgw.applications().get("aart.auditor").scopes()).isEqualTo(Set.of("besluiten.lezen", "documenten.lezen"));
        assertThat(zgw.applications().get("aart.auditor").maxVertrouwelijkheidaanduiding()).isEqualTo(Confidentiality.GEHEIM);
    }

    @Test
    void aConfigurationFaultStopsTheStartNamingEveryFault() throws IOException {
        StandardEnvironment environment = environment("application.yml");
        environment.getPropertySources().addFirst(new MockPropertySource()
                .withProperty("hamerslag.zgw.rsin", "12345")
                .withProperty("hamerslag.zgw.applications[zaaksysteem].scopes", "zaken.lezen")
                .withProperty("hamerslag.zgw.applications[zaaksysteem].max-vertrouwelijkheidaanduiding", "openbaar"));

        assertThatThrownBy(() -> Binder.get(environment).bind("hamerslag.zgw", ZgwProperties.class))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessageContaining("hamerslag.zgw.rsin must be an RSIN of nine digits")
                .hasMessageContaining("hamerslag.zgw.applications.zaaksysteem.scopes may only name");
    }

    private static ZgwProperties bind(String... files) throws IOException {
        return Binder.get(environment(files)).bind("hamerslag.zgw", ZgwProperties.class).get();
    }

    private static StandardEnvironment environment(String... files) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        for (String file : files) {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
            sources.forEach(source -> environment.getPropertySources().addFirst(source));
        }
        return environment;
    }
}
