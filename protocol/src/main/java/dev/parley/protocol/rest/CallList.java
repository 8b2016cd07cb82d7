package dev.parley.protocol.rest;

import dev.parley.protocol.model.Call;
import java.util.List;

/** {@code GET /v1/calls}: the live calls that ring for the caller or that the caller is in, oldest first. */
public record CallList(List<Call> items) {
}
