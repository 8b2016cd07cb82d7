package dev.parley.protocol.rest;

/** {@code POST /v1/admin/users/{userId}/erase}: {@code "delete"} or {@code "anonymise"} the user's messages. */
public record EraseUserRequest(String messages) {
}
