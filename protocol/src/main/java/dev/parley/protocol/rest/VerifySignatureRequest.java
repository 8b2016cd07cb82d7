package dev.parley.protocol.rest;

/** {@code POST /v1/webhooks/verify}: a raw body and the {@code X-Signature} it came with. */
public record VerifySignatureRequest(String rawBody, String signature) {
}
