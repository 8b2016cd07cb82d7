package dev.parley.protocol.rest;

/**
 * {@code POST /v1/rooms/{roomId}/bans} · {@code …/mutes}: whom, why (optional, up to 500
 * characters), for how long ({@code durationSeconds}; absent: until lifted).
 */
public record RestrictMemberRequest(String userId, String reason, Long durationSeconds) {
}
