package dev.parley.protocol.rest;

/** An RFC 9457 problem detail, the body of every 4xx/5xx answer. */
public record Problem(String type, String title, int status, String detail, String code) {
}
