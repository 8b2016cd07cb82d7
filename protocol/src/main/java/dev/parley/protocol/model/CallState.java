package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a call is. */
public enum CallState {
    @JsonProperty("ringing") RINGING,
    @JsonProperty("active") ACTIVE,
    @JsonProperty("ended") ENDED
}
