package dev.parley.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The real guarantee that the domain cannot change the wire: no wire record holds, at any
 * depth, a type outside the protocol module and the JDK's value types. (The protocol module
 * does not depend on core at all; this test also catches a dependency added later.)
 */
class WireRecordsTest {

    @Test
    void the_protocol_module_has_records_for_rest_bodies_websocket_frames_and_resources() {
        assertThat(ProtocolRecords.in("model")).extracting(Class::getSimpleName)
                .contains("Message", "Room", "Member", "User", "UserCard", "Reaction", "ReadMark", "Attachment");
        assertThat(ProtocolRecords.in("rest")).extracting(Class::getSimpleName)
                .contains("Page", "HistoryPage", "IssuedToken", "ChatConfig", "Problem", "SendMessageRequest");
        assertThat(ProtocolRecords.in("ws")).hasSize(
                dev.parley.protocol.ws.ServerFrame.class.getPermittedSubclasses().length
                        + dev.parley.protocol.ws.ClientFrame.class.getPermittedSubclasses().length);
    }

    @Test
    void no_wire_record_reaches_a_domain_type_or_any_type_outside_the_protocol_and_the_jdk() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> record : ProtocolRecords.all()) {
            for (var component : record.getRecordComponents()) {
                for (Class<?> reached : reached(component.getGenericType(), new HashSet<>())) {
                    if (!allowed(reached)) {
                        leaks.add(record.getName() + "." + component.getName() + " holds " + reached.getName());
                    }
                }
            }
        }
        assertThat(leaks).as("wire record fields whose type is not a wire or JDK value type").isEmpty();
    }

    @Test
    void the_api_json_configuration_refuses_to_write_a_domain_value_so_no_route_can_skip_the_mapper() {
        var json = dev.parley.server.http.JsonMapping.create();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.writeValueAsString(WireFixtures.fullMessage()))
                .hasMessageContaining("the domain type Message is not a wire record");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.writeValueAsString(
                java.util.Map.of("items", List.of(WireFixtures.card())))).hasMessageContaining("UserCard");
    }

    private static boolean allowed(Class<?> type) {
        return type.isPrimitive() || type.getName().startsWith("dev.parley.protocol.")
                || type.getName().startsWith("java.lang.") || type.getName().startsWith("java.util.")
                || type.getName().startsWith("java.time.");
    }

    private static Set<Class<?>> reached(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            reached(p.getRawType(), seen);
            for (Type argument : p.getActualTypeArguments()) {
                reached(argument, seen);
            }
        } else if (type instanceof Class<?> c && seen.add(c) && c.isRecord()) {
            for (var component : c.getRecordComponents()) {
                reached(component.getGenericType(), seen);
            }
        }
        return seen;
    }
}
