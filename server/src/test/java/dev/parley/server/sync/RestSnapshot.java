package dev.parley.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.server.ApiClient;
import java.util.Set;

/**
 * What one user sees over REST, as a client would keep it: their rooms by id, each as
 * {@code GET /v1/rooms} lists it (unread count, last seq, last message, role, …) plus its
 * {@code members} by user id and its {@code history}, the latest page of messages by seq.
 *
 * <p>A member is kept without its user card: events carry members without one (a client
 * fetches names separately), so the card is not part of the state events keep up to date.
 */
final class RestSnapshot {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The size of the history page kept per room. */
    static final int HISTORY_PAGE = 50;

    private RestSnapshot() {
    }

    /** The user's state now, leaving out the rooms in {@code ignored}. */
    static ObjectNode of(ApiClient api, Set<String> ignored) {
        ObjectNode rooms = JSON.createObjectNode();
        for (JsonNode room : ok(api, "/v1/rooms?limit=200").get("items")) {
            String id = room.get("id").asText();
            if (ignored.contains(id)) {
                continue;
            }
            ObjectNode state = room.deepCopy();
            state.set("members", members(api, id));
            state.set("history", history(api, id));
            rooms.set(id, state);
        }
        return rooms;
    }

    private static ObjectNode members(ApiClient api, String roomId) {
        ObjectNode members = JSON.createObjectNode();
        for (JsonNode member : ok(api, "/v1/rooms/" + roomId + "/members?limit=200").get("items")) {
            ObjectNode kept = member.deepCopy();
            kept.remove("user");
            members.set(member.get("userId").asText(), kept);
        }
        return members;
    }

    private static ObjectNode history(ApiClient api, String roomId) {
        ObjectNode history = JSON.createObjectNode();
        for (JsonNode message : ok(api, "/v1/rooms/" + roomId + "/messages?limit=" + HISTORY_PAGE).get("items")) {
            history.set(message.get("seq").asText(), message);
        }
        return history;
    }

    private static JsonNode ok(ApiClient api, String path) {
        ApiClient.Response response = api.get(path);
        if (response.status() != 200) {
            throw new AssertionError("GET " + path + ": " + response);
        }
        return response.json();
    }
}
