package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A member's role in a room. */
public enum RoomRole {
    @JsonProperty("owner") OWNER,
    @JsonProperty("moderator") MODERATOR,
    @JsonProperty("member") MEMBER
}
