package dev.parley.protocol.rest;

/** {@code POST /v1/admin/users/{userId}/password}: the user's new local password (8-256 characters). */
public record ResetPasswordRequest(String password) {
}
