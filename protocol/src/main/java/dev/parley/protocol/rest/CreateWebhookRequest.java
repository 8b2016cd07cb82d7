package dev.parley.protocol.rest;

import java.util.List;

/** {@code POST /v1/webhooks}: where to, which event types (or {@code "*"}), on or off (default on). */
public record CreateWebhookRequest(String url, List<String> events, Boolean active) {
}
