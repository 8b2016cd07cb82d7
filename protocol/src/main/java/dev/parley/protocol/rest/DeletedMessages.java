package dev.parley.protocol.rest;

import java.util.List;
import java.util.UUID;

/** The answer of {@code DELETE /v1/admin/messages}: the ids deleted now (ids deleted before are left out). */
public record DeletedMessages(List<UUID> deleted) {
}
