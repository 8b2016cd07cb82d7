package dev.parley.protocol.rest;

/** {@code POST /v1/users/{userId}/tokens}; the body may be absent. */
public record IssueTokenRequest(Long ttlSeconds) {
}
