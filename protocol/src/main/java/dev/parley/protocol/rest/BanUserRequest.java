package dev.parley.protocol.rest;

/**
 * {@code POST /v1/admin/users/{userId}/ban}: why (optional, up to 500 characters), for how long
 * ({@code durationSeconds}; absent: until lifted).
 */
public record BanUserRequest(String reason, Long durationSeconds) {
}
