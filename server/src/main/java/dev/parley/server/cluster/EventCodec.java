package dev.parley.server.cluster;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.parley.core.event.Event;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bus's wire format: a batch of events from one node as one JSON document,
 * {@code {"node":…,"resumed":…,"events":[{"type":"MessagePosted","event":{…}},…]}}. Every
 * event record is encoded by its components; the type name is the record's simple name.
 * Internal to a cluster: all nodes run the same version (docs/operations.md, upgrades).
 */
final class EventCodec {
    private static final Map<String, Class<? extends Event>> TYPES = typesOf(Event.class);

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .build();

    /** What one node published at once. */
    record Batch(String node, boolean resumed, List<Event> events) {
    }

    /** One event, encoded once, ready to go into a batch. */
    JsonNode encode(Event event) {
        ObjectNode node = mapper.createObjectNode();
        node.put("type", event.getClass().getSimpleName());
        node.set("event", mapper.valueToTree(event));
        return node;
    }

    String batch(String node, boolean resumed, List<JsonNode> encoded) {
        ObjectNode batch = mapper.createObjectNode();
        batch.put("node", node);
        batch.put("resumed", resumed);
        ArrayNode events = batch.putArray("events");
        encoded.forEach(events::add);
        try {
            return mapper.writeValueAsString(batch);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode an event batch", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not a batch this version understands */
    Batch decode(String text) {
        try {
            JsonNode batch = mapper.readTree(text);
            List<Event> events = new ArrayList<>();
            for (JsonNode item : batch.path("events")) {
                Class<? extends Event> type = TYPES.get(item.path("type").asText());
                if (type == null) {
                    throw new IllegalArgumentException("unknown event type " + item.path("type"));
                }
                events.add(mapper.treeToValue(item.get("event"), type));
            }
            return new Batch(batch.path("node").asText(), batch.path("resumed").asBoolean(), events);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an event batch: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends Event>> typesOf(Class<?> sealed) {
        Map<String, Class<? extends Event>> types = new HashMap<>();
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                types.putAll(typesOf(permitted));
            } else {
                types.put(permitted.getSimpleName(), (Class<? extends Event>) permitted);
            }
        }
        return types;
    }
}
