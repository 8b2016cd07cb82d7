package dev.parley.protocol.ws;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a user has a session anywhere. */
public enum PresenceStatus {
    @JsonProperty("online") ONLINE,
    @JsonProperty("offline") OFFLINE
}
