package dev.parley.protocol.rest;

/** Whether a signature is the API secret's HMAC-SHA256 of the raw body. */
public record SignatureCheck(boolean isValid) {
}
