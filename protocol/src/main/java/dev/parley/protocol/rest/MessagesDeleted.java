package dev.parley.protocol.rest;

/** {@code DELETE /v1/admin/users/{userId}/messages}: how many messages were deleted. */
public record MessagesDeleted(long deleted) {
}
