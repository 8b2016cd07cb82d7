package dev.parley.protocol.rest;

/**
 * {@code POST /v1/admin/api-key/rotate}: how many hours the replaced secret stays accepted
 * (0 to 720, fractions allowed, to the second;
 * omitted: 24).
 */
public record RotateApiSecretRequest(Double overlapHours) {
}
