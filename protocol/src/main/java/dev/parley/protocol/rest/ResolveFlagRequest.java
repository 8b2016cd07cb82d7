package dev.parley.protocol.rest;

/** {@code POST /v1/admin/flags/{flagId}/resolve}: {@code dismiss} (the message stays) or {@code delete} it. */
public record ResolveFlagRequest(String action) {
}
