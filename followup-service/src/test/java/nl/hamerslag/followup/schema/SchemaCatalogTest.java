package nl.hamerslag.followup.schema;

import nl.hamerslag.contracts.followup.StandInItemOpened;
import nl.hamerslag.contracts.followup.StandInListRevised;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaCatalogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyPublishedFollowUpEventHasAFreshSchemaInTheRepository() {
        List<Class<?>> events = SchemaGenerator.publishedEvents();

        assertThat(events).noneMatch(type -> type.getSimpleName().startsWith("StandIn"));
        assertThat(SchemaGenerator.problems(events, SchemaGenerator.REPOSITORY_FOLDER)).isEmpty();
    }

    @Test
    void aRecordWithoutASchemaOrWithAStaleOneIsReported(@TempDir Path folder) throws Exception {
        List<Class<?>> events = List.of(StandInItemOpened.class, StandInListRevised.class);
        SchemaGenerator.write(List.of(StandInListRevised.class), folder);
        Files.writeString(folder.resolve("StandInListRevised.schema.json"),
                Files.readString(folder.resolve("StandInListRevised.schema.json")).replace("\"listId\"", "\"listKey\""));
        Files.writeString(folder.resolve("Withdrawn.schema.json"), "{}");

        List<String> problems = SchemaGenerator.problems(events, folder);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("StandInItemOpened has no schema"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("StandInListRevised: ").contains("is stale"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Withdrawn.schema.json describes no event record"));
        SchemaGenerator.write(events, folder);
        Files.delete(folder.resolve("Withdrawn.schema.json"));
        assertThat(SchemaGenerator.problems(events, folder)).isEmpty();
    }

    @Test
    void theSchemaDescribesEachComponentAsTheRelayWritesIt() {
        JsonNode schema = JSON.readTree(SchemaGenerator.schemaOf(StandInItemOpened.class));

        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asString()).endsWith("/followup/StandInItemOpened.schema.json");
        JsonNode properties = schema.get("properties");
        assertThat(properties.get("proposalId").get("format").asString()).isEqualTo("uuid");
        assertThat(properties.get("kind").get("enum").toString()).isEqualTo("[\"COMMITMENT\",\"MOTION\",\"QUESTION\",null]");
        assertThat(properties.get("deadline").get("format").asString()).isEqualTo("date");
        assertThat(properties.get("openedAt").get("format").asString()).isEqualTo("date-time");
        assertThat(properties.get("revision").get("type").asString()).isEqualTo("integer");
        assertThat(properties.get("owners").get("items").get("$ref").asString())
                .isEqualTo("#/$defs/StandInOwner");
        assertThat(schema.get("$defs").get("StandInOwner").get("required").toString())
                .isEqualTo("[\"portfolioHolder\",\"department\"]");
        assertThat(properties.get("owners").get("type").toString()).isEqualTo("[\"array\",\"null\"]");
        assertThat(schema.get("required")).hasSize(8);
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    }
}
