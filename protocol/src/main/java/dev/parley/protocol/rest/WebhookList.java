package dev.parley.protocol.rest;

import java.util.List;

/** {@code GET /v1/webhooks}: every subscription, without secrets. */
public record WebhookList(List<Webhook> items) {
}
