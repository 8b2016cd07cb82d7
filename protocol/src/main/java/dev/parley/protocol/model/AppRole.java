package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A user's role in the application. */
public enum AppRole {
    @JsonProperty("user") USER,
    @JsonProperty("admin") ADMIN,
    @JsonProperty("bot") BOT,
    @JsonProperty("guest") GUEST
}
