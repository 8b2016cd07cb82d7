package dev.parley.server.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.event.Event;
import dev.parley.store.jdbc.EventJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bus's wire format: a batch of events from one node as one JSON document,
 * {@code {"node":…,"resumed":…,"events":[{"type":"MessagePosted","event":{…}},…]}}. Each event
 * is written as the rooms' change logs keep it ({@link EventJson}). Internal to a cluster: all
 * nodes run the same version (docs/operations.md, upgrades).
 */
final class EventCodec {
    private final EventJson json = new EventJson();

    /** What one node published at once. */
    record Batch(String node, boolean resumed, List<Event> events) {
    }

    /** One event, encoded once, ready to go into a batch. */
    JsonNode encode(Event event) {
        return json.encode(event);
    }

    String batch(String node, boolean resumed, List<JsonNode> encoded) {
        ObjectNode batch = json.mapper().createObjectNode();
        batch.put("node", node);
        batch.put("resumed", resumed);
        ArrayNode events = batch.putArray("events");
        encoded.forEach(events::add);
        try {
            return json.mapper().writeValueAsString(batch);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode an event batch", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not a batch this version understands */
    Batch decode(String text) {
        try {
            JsonNode batch = json.mapper().readTree(text);
            List<Event> events = new ArrayList<>();
            for (JsonNode item : batch.path("events")) {
                events.add(json.decode(item));
            }
            return new Batch(batch.path("node").asText(), batch.path("resumed").asBoolean(), events);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an event batch: " + e.getMessage(), e);
        }
    }
}
