package dev.parley.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.model.RawJson;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web client's wire types ({@code web/src/client/types.ts}, read with
 * {@link TypeScriptDeclarations}) against the wire records: an interface named like a record
 * has exactly the record's fields (inherited ones included), each of the record's JSON type; a
 * frame's {@code type} is the union of the record's type constants; the enums are the same
 * string-literal unions. Every resource and every WebSocket frame has its interface, and every
 * exported interface is a record. Each mismatch is named.
 */
class TypeScriptContractTest {
    private static final Path TYPES = Path.of("../web/src/client/types.ts");
    private static TypeScriptDeclarations ts;
    private static final Map<String, Class<?>> RECORDS = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        ts = TypeScriptDeclarations.parse(Files.readString(TYPES));
        for (String sub : List.of("model", "rest", "ws")) {
            for (Class<?> record : ProtocolRecords.in(sub)) {
                if (record.getEnclosingClass() == null && record != RawJson.class) {
                    RECORDS.put(record.getSimpleName(), record);
                }
            }
        }
    }

    @Test
    void every_resource_and_every_websocket_frame_has_an_interface_in_types_ts() {
        List<String> missing = new ArrayList<>();
        RECORDS.forEach((name, record) -> {
            boolean required = !record.getPackageName().endsWith(".rest");
            if (required && !ts.hasInterface(name)) {
                missing.add(name);
            }
        });
        assertThat(missing).as("wire records without an interface in %s", TYPES).isEmpty();
    }

    @Test
    void every_exported_interface_of_types_ts_is_a_wire_record() {
        List<String> strays = ts.exportedInterfaces().stream().filter(name -> !RECORDS.containsKey(name)).toList();
        assertThat(strays).as("interfaces in %s with no wire record of that name", TYPES).isEmpty();
    }

    @Test
    void every_interface_has_exactly_the_fields_and_json_types_of_its_record() {
        List<String> mismatches = new ArrayList<>();
        RECORDS.forEach((name, record) -> {
            if (ts.hasInterface(name)) {
                compare(name, record, mismatches);
            }
        });
        assertThat(mismatches).as("interfaces of %s that differ from the wire records", TYPES).isEmpty();
    }

    @Test
    void the_string_unions_of_types_ts_are_the_values_of_the_wire_enums() {
        List<String> mismatches = new ArrayList<>();
        for (Class<?> wireEnum : List.of(dev.parley.protocol.model.RoomType.class,
                dev.parley.protocol.model.RoomRole.class, dev.parley.protocol.model.AppRole.class,
                dev.parley.protocol.model.FileKind.class)) {
            Set<String> declared = ts.literalUnions().get(wireEnum.getSimpleName());
            if (!EnumValues.of(wireEnum).equals(declared)) {
                mismatches.add(wireEnum.getSimpleName() + ": types.ts " + declared + ", the record's "
                        + EnumValues.of(wireEnum));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static void compare(String name, Class<?> record, List<String> mismatches) {
        Map<String, TypeScriptDeclarations.Field> declared = new LinkedHashMap<>();
        ts.fields(name).forEach(field -> declared.put(field.name(), field));
        for (var component : record.getRecordComponents()) {
            String where = name + "." + component.getName();
            var field = declared.remove(component.getName());
            if (field == null) {
                mismatches.add(where + ": in the record, not in types.ts");
            } else if (component.getName().equals("type") && !ProtocolRecords.typeConstants(record).isEmpty()) {
                Set<String> literals = ts.literalsOf(field.type());
                if (!literals.equals(ProtocolRecords.typeConstants(record))) {
                    mismatches.add(where + ": types.ts " + literals + ", the record's " + ProtocolRecords.typeConstants(record));
                }
            } else {
                compareValue(where, field.type(), component.getGenericType(), mismatches);
            }
        }
        declared.keySet().forEach(extra -> mismatches.add(name + "." + extra + ": in types.ts, not in the record"));
    }

    private static void compareValue(String where, String tsType, Type type, List<String> mismatches) {
        String expected = ProtocolRecords.jsonType(type).replace("integer", "number");
        String declared = ts.jsonType(tsType);
        if (declared.equals("any") && tsType.matches("[A-Z]")) {
            return; // a type parameter, as in Page<T>
        }
        if (!expected.equals(declared)) {
            mismatches.add(where + ": the record writes " + expected + ", types.ts says " + tsType);
            return;
        }
        Class<?> raw = ProtocolRecords.raw(type);
        if (ProtocolRecords.isObjectRecord(raw) && !raw.getSimpleName().equals(TypeScriptDeclarations.referenced(tsType))) {
            mismatches.add(where + ": the record holds a " + raw.getSimpleName() + ", types.ts says " + tsType);
        }
        Type element = ProtocolRecords.elementType(type);
        if (element != null) {
            compareValue(where + "[]", TypeScriptDeclarations.elementOf(tsType), element, mismatches);
        }
    }
}
