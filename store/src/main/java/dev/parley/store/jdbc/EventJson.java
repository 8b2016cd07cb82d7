package dev.parley.store.jdbc;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.parley.core.event.Event;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Core events as JSON, {@code {"type":"MessageEdited","event":{…}}}: every event record
 * encoded by its components, the type being the record's simple name. The rooms' change logs
 * keep their changes so, and the cluster's bus carries events so. Not a public format: it
 * follows the records, and a change log written by one version is read by the same or a later
 * one (records only gain components, which older rows lack and read as 0 or null).
 */
public final class EventJson {
    private static final Map<String, Class<? extends Event>> TYPES = typesOf(Event.class);

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .build();

    /** The mapper events are written with (for documents that hold encoded events). */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** One event as a tree. */
    public ObjectNode encode(Event event) {
        ObjectNode node = mapper.createObjectNode();
        node.put("type", event.getClass().getSimpleName());
        node.set("event", mapper.valueToTree(event));
        return node;
    }

    /** @throws IllegalArgumentException when the tree is not an event this version knows */
    public Event decode(JsonNode item) {
        Class<? extends Event> type = TYPES.get(item.path("type").asText());
        if (type == null) {
            throw new IllegalArgumentException("unknown event type " + item.path("type"));
        }
        try {
            return mapper.treeToValue(item.get("event"), type);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public String write(Event event) {
        try {
            return mapper.writeValueAsString(encode(event));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode an event", e);
        }
    }

    public Event read(String text) {
        try {
            return decode(mapper.readTree(text));
        } catch (IOException e) {
            throw new IllegalArgumentException("not an event: " + e.getMessage(), e);
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
