package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an ended call went. */
public enum CallOutcome {
    @JsonProperty("answered") ANSWERED,
    @JsonProperty("rejected") REJECTED,
    @JsonProperty("missed") MISSED,
    @JsonProperty("busy") BUSY,
    @JsonProperty("cancelled") CANCELLED
}
