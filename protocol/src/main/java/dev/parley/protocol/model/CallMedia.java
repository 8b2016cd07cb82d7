package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a call carries. */
public enum CallMedia {
    @JsonProperty("audio") AUDIO,
    @JsonProperty("video") VIDEO
}
