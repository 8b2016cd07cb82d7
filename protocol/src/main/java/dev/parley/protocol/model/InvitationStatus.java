package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an invitation stands. */
public enum InvitationStatus {
    @JsonProperty("pending") PENDING,
    @JsonProperty("accepted") ACCEPTED,
    @JsonProperty("declined") DECLINED,
    @JsonProperty("cancelled") CANCELLED
}
