package dev.parley.protocol.rest;

/** {@code /health} and {@code /ready}. */
public record Status(String status) {
}
