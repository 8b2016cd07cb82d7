package dev.parley.protocol.rest;

import java.util.List;

/** {@code DELETE /v1/admin/messages}: the ids of the messages to delete, in any rooms (at most 500). */
public record DeleteMessagesRequest(List<String> ids) {
}
