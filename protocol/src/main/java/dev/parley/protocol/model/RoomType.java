package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of room. */
public enum RoomType {
    @JsonProperty("direct") DIRECT,
    @JsonProperty("group") GROUP,
    @JsonProperty("channel") CHANNEL
}
