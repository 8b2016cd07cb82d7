package dev.parley.server.calls;

import static dev.parley.server.ws.WsTestClient.type;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.ApiClient;
import dev.parley.server.TestNode;
import dev.parley.server.ws.WsSessions;
import dev.parley.server.ws.WsTestClient;
import java.util.Map;
import java.util.function.Predicate;

/** One device of a user in call tests: their REST client and one authenticated WebSocket session. */
record Phone(TestNode.User user, WsTestClient socket, String sessionId) {

    static Phone of(WsSessions sessions, TestNode.User user) {
        WsTestClient socket = sessions.open(user);
        return new Phone(user, socket, socket.awaitType("ready").get("sessionId").asText());
    }

    /** The direct room of two users (opened by {@code a}). */
    static String directRoom(TestNode.User a, TestNode.User b) {
        return a.api().post("/v1/rooms/direct", Map.of("userId", b.id())).json().get("id").asText();
    }

    String id() {
        return user.id();
    }

    ApiClient.Response call(String roomId, String media) {
        return user.api().post("/v1/rooms/" + roomId + "/calls", Map.of("media", media, "sessionId", sessionId));
    }

    /** Starts a call and returns its id, failing unless it was created. */
    String startCall(String roomId) {
        var started = call(roomId, "video");
        if (started.status() != 201) {
            throw new AssertionError("starting a call: " + started);
        }
        return started.json().get("id").asText();
    }

    ApiClient.Response accept(String callId) {
        return user.api().post("/v1/calls/" + callId + "/accept", Map.of("sessionId", sessionId));
    }

    ApiClient.Response reject(String callId) {
        return user.api().post("/v1/calls/" + callId + "/reject", null);
    }

    ApiClient.Response hangup(String callId) {
        return user.api().post("/v1/calls/" + callId + "/hangup", null);
    }

    /** Sends a {@code call.signal} frame with a ref, and returns the ref. */
    String signal(String callId, String toSessionId, String kind, Object payload) {
        String ref = WsTestClient.newRef("signal");
        socket.send(WsTestClient.frame("call.signal", "callId", callId, "toSessionId", toSessionId, "kind", kind,
                "payload", payload, "ref", ref));
        return ref;
    }

    /** The first {@code call.updated} of this call whose call matches. */
    JsonNode awaitCall(String callId, Predicate<JsonNode> call) {
        return socket.awaitFrame(f -> type(f).equals("call.updated")
                && callId.equals(f.path("call").path("id").asText()) && call.test(f.get("call"))).get("call");
    }

    JsonNode awaitState(String callId, String state) {
        return awaitCall(callId, call -> call.path("state").asText().equals(state));
    }

    static Predicate<JsonNode> participant(String userId, String state) {
        return call -> {
            for (JsonNode p : call.path("participants")) {
                if (p.path("userId").asText().equals(userId)) {
                    return p.path("state").asText().equals(state);
                }
            }
            return false;
        };
    }

    /** The room's messages of kind "call". */
    java.util.List<JsonNode> callMessages(String roomId) {
        return user.api().allMessages(roomId).stream().filter(m -> m.path("kind").asText().equals("call")).toList();
    }
}
