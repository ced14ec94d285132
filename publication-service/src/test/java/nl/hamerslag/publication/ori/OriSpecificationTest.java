package nl.hamerslag.publication.ori;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator the ORI integration tests rely on: it loads both ORI documents without the network and
 * refuses what the ORI schemas refuse (a wrong type, a missing required field, a value too long).
 */
class OriSpecificationTest {

    static OriSpecification ori;
    static OriSpecification mini;

    static final String AGENDAPUNT = """
            {"url":"http://localhost:8080/api/public/ori/v1/agendapunten/a1","id":"a1",
             "vergadering":{"id":"m1","url":"http://localhost:8080/api/public/ori/v1/vergaderingen/m1"},
             "agendapuntKenmerk":"2","agendapuntvolgnummer":"%s","agendapuntTitel":"Begroting",
             "agendapuntOmschrijving":"Begroting","indicatorBesloten":false,
             "gemeente":{"gemeentecode":"0344","gemeentenaam":"Gemeente Utrecht"},
             "wooInformatiecategorie":"c_db4862c3","webpaginaLink":"http://localhost:8080/openbaar/vergaderingen/m1"}""";

    @BeforeAll
    static void load() {
        ori = OriSpecification.load("ori-open-raadsinformatie-api.yaml");
        mini = OriSpecification.load("ori-mini-api.yaml");
    }

    @Test
    void anAgendapuntAsWeMakeItIsValidInBoth() {
        String body = AGENDAPUNT.formatted("2");
        assertThat(ori.validate("/api/public/ori/v1/agendapunten/a1", body).getMessages()).isEmpty();
        assertThat(mini.validate("/api/public/ori/v1/agendapunten/a1", body).getMessages()).isEmpty();
    }

    @Test
    void theValidatorRefusesWhatTheSchemaRefuses() {
        assertThat(ori.validate("/api/public/ori/v1/agendapunten/a1", AGENDAPUNT.formatted("1234")).getMessages())
                .as("agendapuntvolgnummer has at most 3 characters").isNotEmpty();
        assertThat(ori.validate("/api/public/ori/v1/besluiten/b1", "{\"url\":\"http://x/b1\",\"id\":\"b1\"}").getMessages())
                .as("besluitresultaat is required").isNotEmpty();
        assertThat(ori.validate("/api/public/ori/v1/vergaderingen", "{\"results\":[{\"url\":\"http://x/v1\",\"id\":\"v1\","
                + "\"vergaderingstype\":\"collegevergadering\"}]}").getMessages())
                .as("ORI has no college meeting type").isNotEmpty();
    }
}
