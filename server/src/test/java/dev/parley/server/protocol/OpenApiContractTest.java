package dev.parley.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.protocol.rest.Page;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi.json} (served at {@code /v1/openapi.json}) against the wire records: a schema
 * named like a record of {@code dev.parley.protocol.model} or {@code .rest} has exactly the
 * record's fields, each of the record's JSON type (an object field refers to the schema of the
 * same record, an array's items too, an enum has the record enum's values); {@code XPage}
 * schemas are {@link Page}s of {@code X}. Every such record has its schema, and every body a
 * path refers to is a record. Each mismatch is named.
 */
class OpenApiContractTest {
    /** Schemas of configuration values that are maps on the wire, not records. */
    private static final Set<String> NOT_RECORDS = Set.of("Theme", "Palette", "StoredAppearance");

    /**
     * Schemas of the Conduit compatibility routes: their shapes are Conduit's contract (its
     * {@code _id} fields included), written by {@code server/compat}, not Parley's wire.
     */
    private static boolean compat(String name) {
        return name.startsWith("Conduit");
    }
    private static final String REF = "#/components/schemas/";

    private static JsonNode schemas;
    private static JsonNode paths;
    private static final Map<String, Class<?>> RECORDS = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/openapi.json")) {
            JsonNode document = new ObjectMapper().readTree(in);
            schemas = document.path("components").path("schemas");
            paths = document.path("paths");
        }
        for (String sub : List.of("model", "rest")) {
            for (Class<?> record : ProtocolRecords.in(sub)) {
                if (record.getEnclosingClass() == null && record != dev.parley.protocol.model.RawJson.class) {
                    RECORDS.put(record.getSimpleName(), record);
                }
            }
        }
    }

    @Test
    void every_rest_record_has_a_schema_of_its_name() {
        List<String> missing = RECORDS.keySet().stream()
                .filter(name -> !name.equals("Page") && !schemas.has(name)).toList();
        assertThat(missing).as("wire records without a schema in openapi.json").isEmpty();
    }

    @Test
    void every_schema_is_a_wire_record_or_a_page_of_one() {
        List<String> strays = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(name -> {
            if (record(name) == null && !NOT_RECORDS.contains(name) && !compat(name)) {
                strays.add(name);
            }
        });
        assertThat(strays).as("schemas in openapi.json with no wire record of that name").isEmpty();
    }

    @Test
    void every_schema_has_exactly_the_fields_and_json_types_of_its_record() {
        List<String> mismatches = new ArrayList<>();
        schemas.fields().forEachRemaining(entry -> {
            Class<?> record = record(entry.getKey());
            if (record != null) {
                compare(entry.getKey(), entry.getValue(), record, mismatches);
            }
        });
        assertThat(mismatches).as("openapi.json schemas that differ from the wire records").isEmpty();
    }

    @Test
    void every_request_and_response_body_of_a_path_is_a_wire_record() {
        List<String> strays = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String where = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            for (JsonNode schema : operation.getValue().findValues("schema")) {
                for (JsonNode ref : schema.findValues("$ref")) {
                    String name = ref.asText().replace(REF, "");
                    if (ref.asText().startsWith(REF) && record(name) == null && !NOT_RECORDS.contains(name)
                            && !compat(name)) {
                        strays.add(where + " refers to " + name);
                    }
                }
            }
        }));
        assertThat(strays).as("bodies of paths that are no wire record").isEmpty();
    }

    private static Class<?> record(String schema) {
        if (schema.endsWith("Page") && RECORDS.containsKey(schema.substring(0, schema.length() - 4))) {
            return Page.class;
        }
        return RECORDS.get(schema);
    }

    private static void compare(String where, JsonNode schema, Class<?> record, List<String> mismatches) {
        Set<String> documented = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(documented::add);
        Set<String> fields = new TreeSet<>();
        for (var component : record.getRecordComponents()) {
            String name = ProtocolRecords.jsonName(component);
            fields.add(name);
            JsonNode property = schema.path("properties").get(name);
            if (property == null) {
                mismatches.add(where + "." + name + ": in the record, not in the schema");
            } else {
                compareValue(where + "." + name, property, component.getGenericType(), mismatches);
            }
        }
        documented.removeAll(fields);
        documented.forEach(extra -> mismatches.add(where + "." + extra + ": in the schema, not in the record"));
        if (record == Page.class) {
            String item = where.substring(0, where.length() - 4);
            String items = schema.path("properties").path("items").path("items").path("$ref").asText();
            if (!items.equals(REF + item)) {
                mismatches.add(where + ".items: a page of " + item + " but the schema's items are " + items);
            }
        }
    }

    private static void compareValue(String where, JsonNode property, Type type, List<String> mismatches) {
        if (type instanceof java.lang.reflect.TypeVariable<?>) {
            return; // the items of a Page: checked by name in compare
        }
        String expected = ProtocolRecords.jsonType(type);
        String documented = jsonType(property);
        if (!expected.equals(documented)) {
            mismatches.add(where + ": the record writes " + expected + ", the schema says " + documented);
            return;
        }
        Class<?> raw = ProtocolRecords.raw(type);
        String ref = property.path("$ref").asText();
        if (!ref.isEmpty() && ProtocolRecords.isObjectRecord(raw) && !ref.equals(REF + raw.getSimpleName())) {
            mismatches.add(where + ": the record holds a " + raw.getSimpleName() + ", the schema refers to " + ref);
        }
        if (ref.isEmpty() && ProtocolRecords.isObjectRecord(raw) && property.has("properties")) {
            compare(where, property, raw, mismatches);
        }
        if (raw.isEnum() && property.has("enum")) {
            Set<String> values = new TreeSet<>();
            property.path("enum").forEach(value -> values.add(value.asText()));
            if (!values.equals(EnumValues.of(raw))) {
                mismatches.add(where + ": enum " + values + ", the record's values are " + EnumValues.of(raw));
            }
        }
        Type element = ProtocolRecords.elementType(type);
        if (element != null && property.has("items")) {
            compareValue(where + "[]", property.get("items"), element, mismatches);
        }
    }

    private static String jsonType(JsonNode property) {
        if (property.has("$ref")) {
            JsonNode target = schemas.path(property.get("$ref").asText().replace(REF, ""));
            return target.has("type") ? jsonType(target) : "object";
        }
        JsonNode type = property.get("type");
        if (type == null) {
            return property.has("properties") ? "object" : "any";
        }
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!option.asText().equals("null")) {
                    return option.asText();
                }
            }
        }
        return type.asText();
    }
}
