package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One person's part in a call. */
public enum ParticipantState {
    @JsonProperty("ringing") RINGING,
    @JsonProperty("joined") JOINED,
    @JsonProperty("left") LEFT,
    @JsonProperty("rejected") REJECTED,
    @JsonProperty("missed") MISSED,
    @JsonProperty("busy") BUSY
}
