/**
 * Webhook payloads, when webhooks come: records here, built by the server's wire mapper like
 * every other body, and checked against the documentation like the REST and WebSocket records.
 */
package dev.parley.protocol.webhook;
