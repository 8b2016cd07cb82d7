package dev.parley.protocol.rest;

/** {@code POST /v1/auth/login}. */
public record LoginRequest(String userId, String password) {
}
