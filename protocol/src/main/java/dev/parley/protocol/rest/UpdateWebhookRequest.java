package dev.parley.protocol.rest;

import java.util.List;

/** {@code PATCH /v1/webhooks/{id}}: what to change; absent fields stay as they are. */
public record UpdateWebhookRequest(String url, List<String> events, Boolean active) {
}
