package dev.parley.server.ws;

import com.fasterxml.jackson.databind.JsonNode;

/** A frame an authenticated client sent: its {@code type}, its {@code ref} (or null) and the whole JSON object. */
record ClientFrame(String type, String ref, JsonNode body) {
}
