package nl.hamerslag.followup.schema;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.hamerslag.contracts.IntegrationEvent;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes the JSON Schema (draft 2020-12) of every published follow-up event, one file per type, from
 * the records themselves: {@code contracts/src/main/resources/schemas/followup/<Type>.schema.json}.
 * Run it after changing a record in {@code nl.hamerslag.contracts.followup} ({@code SchemaCatalogTest}
 * fails until you do):
 *
 * <pre>./mvnw -q -pl followup-service -am test-compile exec:java ... or from the IDE: run main()</pre>
 *
 * The schema says what the relay's JSON (Jackson, as {@code KafkaRelay} writes it) carries: every
 * component, always present, null allowed for a reference type; ids of one UUID component as uuid
 * strings; enums with their values; dates as ISO strings with their format; nested records under
 * {@code $defs}.
 */
public final class SchemaGenerator {

    public static final String PACKAGE = "nl.hamerslag.contracts.followup";
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    public static final String ID_BASE = "https://hamerslag.nl/schemas/followup/";
    /** Where the schemas are kept, from the followup-service module (Maven's working directory for its tests). */
    public static final Path REPOSITORY_FOLDER = Path.of("..", "contracts", "src", "main", "resources", "schemas", "followup");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SchemaGenerator() {
    }

    public static void main(String[] args) {
        Path folder = args.length > 0 ? Path.of(args[0]) : REPOSITORY_FOLDER;
        List<Class<?>> types = publishedEvents();
        write(types, folder);
        System.out.println("Wrote " + types.size() + " schemas to " + folder.toAbsolutePath().normalize());
    }

    /** The event records of {@link #PACKAGE} in the contracts module (not stand-ins a test may add to the package). */
    public static List<Class<?>> publishedEvents() {
        String contracts = IntegrationEvent.class.getProtectionDomain().getCodeSource().getLocation().toString();
        try {
            Resource[] classes = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + PACKAGE.replace('.', '/') + "/*.class");
            List<Class<?>> events = new ArrayList<>();
            for (Resource resource : classes) {
                String url = resource.getURL().toString();
                if (!url.startsWith(contracts) && !url.startsWith("jar:" + contracts)) {
                    continue;
                }
                String name = resource.getFilename().replace(".class", "");
                Class<?> type = Class.forName(PACKAGE + "." + name.replace('$', '.'), false,
                        SchemaGenerator.class.getClassLoader());
                if (isEvent(type)) {
                    events.add(type);
                }
            }
            events.sort(Comparator.comparing(Class::getSimpleName));
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A published event: a record implementing {@link IntegrationEvent}, one file each. */
    public static boolean isEvent(Class<?> type) {
        return type.isRecord() && IntegrationEvent.class.isAssignableFrom(type) && !type.isMemberClass();
    }

    public static String fileName(Class<?> type) {
        return type.getSimpleName() + ".schema.json";
    }

    public static void write(Collection<Class<?>> types, Path folder) {
        try {
            Files.createDirectories(folder);
            for (Class<?> type : types) {
                Files.writeString(folder.resolve(fileName(type)), schemaOf(type));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is wrong with the schemas in {@code folder} for {@code types}: a type without a schema, a
     * schema that differs from what the record generates now, a schema of a type that no longer exists.
     */
    public static List<String> problems(Collection<Class<?>> types, Path folder) {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : types) {
            Path file = folder.resolve(fileName(type));
            try {
                if (!Files.exists(file)) {
                    problems.add(type.getSimpleName() + " has no schema " + file);
                } else if (!Files.readString(file).equals(schemaOf(type))) {
                    problems.add(type.getSimpleName() + ": " + file + " is stale, the record has changed");
                }
            } catch (IOException e) {
                problems.add(type.getSimpleName() + ": " + file + " cannot be read: " + e.getMessage());
            }
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                Set<String> expected = new java.util.HashSet<>(types.stream().map(SchemaGenerator::fileName).toList());
                files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".schema.json"))
                        .filter(f -> !expected.contains(f)).sorted()
                        .forEach(f -> problems.add(f + " describes no event record of " + PACKAGE + " (removed or renamed?)"));
            } catch (IOException e) {
                problems.add(folder + " cannot be listed: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            problems.add("Regenerate: run " + SchemaGenerator.class.getName() + ".main (test classpath of followup-service), "
                    + "then commit contracts/src/main/resources/schemas/followup and mention the change in docs/followup-events.md.");
        }
        return problems;
    }

    /** The schema of one event record, as the text kept in the repository (pretty, ending in a newline). */
    public static String schemaOf(Class<?> type) {
        Map<String, Object> defs = new TreeMap<>();
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", DIALECT);
        schema.put("$id", ID_BASE + fileName(type));
        schema.put("title", type.getSimpleName());
        schema.put("description", "Follow-up event " + type.getSimpleName() + " as sent on topic "
                + "hamerslag.followup.events.v1 (header hamerslag-event-type = " + type.getSimpleName() + ").");
        schema.putAll(recordSchema(type, defs));
        if (!defs.isEmpty()) {
            schema.put("$defs", defs);
        }
        return JSON.writeValueAsString(schema) + "\n";
    }

    private static Map<String, Object> recordSchema(Class<?> type, Map<String, Object> defs) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            properties.put(component.getName(), nullable(component.getType(), typeSchema(component.getGenericType(), defs)));
            required.add(component.getName());
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        // exact for this schemaVersion: a compatible addition regenerates the schema and keeps the version
        schema.put("additionalProperties", false);
        return schema;
    }

    private static Object nullable(Class<?> raw, Map<String, Object> schema) {
        if (raw.isPrimitive()) {
            return schema;
        }
        Map<String, Object> copy = new LinkedHashMap<>(schema);
        if (copy.get("type") instanceof String single) {
            copy.put("type", List.of(single, "null"));
            if (copy.get("enum") instanceof List<?> values) {
                List<Object> withNull = new ArrayList<>(values);
                withNull.add(null);
                copy.put("enum", withNull);
            }
            return copy;
        }
        return Map.of("anyOf", List.of(schema, Map.of("type", "null")));
    }

    private static Map<String, Object> typeSchema(Type type, Map<String, Object> defs) {
        if (type instanceof WildcardType wildcard) {
            return typeSchema(wildcard.getUpperBounds()[0], defs);
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                Map<String, Object> array = new LinkedHashMap<>();
                array.put("type", "array");
                array.put("items", typeSchema(arguments[0], defs));
                if (Set.class.isAssignableFrom(raw)) {
                    array.put("uniqueItems", true);
                }
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put("type", "object");
                object.put("additionalProperties", typeSchema(arguments[1], defs));
                return object;
            }
            return typeSchema(raw, defs);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return Map.of("type", "string");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (raw == int.class || raw == long.class || raw == short.class || raw == byte.class || raw == Integer.class
                || raw == Long.class || raw == Short.class || raw == Byte.class || raw == BigInteger.class) {
            return Map.of("type", "integer");
        }
        if (raw == double.class || raw == float.class || raw == Double.class || raw == Float.class
                || raw == BigDecimal.class) {
            return Map.of("type", "number");
        }
        if (raw == UUID.class) {
            return string("uuid");
        }
        if (raw == LocalDate.class) {
            return string("date");
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return string("date-time");
        }
        if (raw == LocalTime.class) {
            return Map.of("type", "string", "pattern", "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
        }
        if (raw == LocalDateTime.class) {
            return Map.of("type", "string", "pattern", "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
        }
        if (raw == Duration.class) {
            return string("duration");
        }
        if (raw.isEnum()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("type", "string");
            values.put("enum", Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
            return values;
        }
        if (raw.isArray()) {
            return raw.getComponentType() == byte.class ? Map.of("type", "string", "contentEncoding", "base64")
                    : Map.of("type", "array", "items", typeSchema(raw.getComponentType(), defs));
        }
        if (raw.isRecord()) {
            Method value = jsonValue(raw);
            if (value != null) {
                // a value type written as its single value: ProposalId, ContentHash
                RecordComponent[] components = raw.getRecordComponents();
                boolean uuid = components.length == 1 && components[0].getType() == UUID.class;
                return uuid ? string("uuid") : typeSchema(value.getGenericReturnType(), defs);
            }
            if (!defs.containsKey(raw.getSimpleName())) {
                defs.put(raw.getSimpleName(), Map.of()); // placeholder: a record that refers to itself
                defs.put(raw.getSimpleName(), recordSchema(raw, defs));
            }
            return Map.of("$ref", "#/$defs/" + raw.getSimpleName());
        }
        throw new IllegalArgumentException(raw.getName() + " has no JSON Schema mapping yet; add one to "
                + SchemaGenerator.class.getSimpleName());
    }

    private static Map<String, Object> string(String format) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        schema.put("format", format);
        return schema;
    }

    private static Method jsonValue(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(m -> m.isAnnotationPresent(JsonValue.class)).findFirst().orElse(null);
    }
}
