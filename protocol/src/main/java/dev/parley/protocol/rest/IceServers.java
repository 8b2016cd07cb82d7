package dev.parley.protocol.rest;

import java.util.List;

/** {@code GET /v1/rtc/ice-servers}: the TURN credentials expire after {@code ttlSeconds}. */
public record IceServers(List<IceServer> iceServers, long ttlSeconds) {
}
