package dev.parley.protocol.rest;

/**
 * {@code PATCH /v1/admin/users/{userId}}: the user's app role ({@code user}, {@code admin},
 * {@code bot}, {@code guest}) and whether they are active; an omitted field stays as it is.
 */
public record UpdateUserRequest(String role, Boolean active) {
}
