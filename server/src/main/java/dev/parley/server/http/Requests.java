package dev.parley.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The JSON bodies clients send, as records; the services check the values. */
final class Requests {
    private Requests() {
    }

    record PutUser(String name, String avatarUrl, String role, JsonNode data) {
    }

    record IssueToken(Long ttlSeconds) {
    }

    record CreateRoom(String type, String name, List<String> memberIds, String avatarUrl, String topic, JsonNode data) {
    }

    record PatchRoom(String name, String avatarUrl, String topic, JsonNode data) {
    }

    record OpenDirect(String userId) {
    }

    record UserIds(List<String> userIds) {
    }

    record SetRole(String role) {
    }

    record MarkRead(Long seq) {
    }

    record SendMessage(String text, String clientId, String parentId, List<Attachment> attachments) {
    }

    record Attachment(String type, String url, String name, String mimeType, Long size, String fileId) {
    }

    record EditMessage(String text) {
    }

    record Login(String userId, String password) {
    }

    record Signup(String userId, String name, String password) {
    }
}
