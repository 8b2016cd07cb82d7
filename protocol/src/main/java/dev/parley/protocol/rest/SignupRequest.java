package dev.parley.protocol.rest;

/** {@code POST /v1/auth/signup}. */
public record SignupRequest(String userId, String name, String password) {
}
