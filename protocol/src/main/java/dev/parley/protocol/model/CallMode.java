package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a call's media flows: peer to peer between the participants, or through a LiveKit server. */
public enum CallMode {
    @JsonProperty("mesh") MESH,
    @JsonProperty("livekit") LIVEKIT
}
