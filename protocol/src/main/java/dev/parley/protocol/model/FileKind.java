package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an uploaded file is, from its bytes: a voice message is audio recorded as one. */
public enum FileKind {
    @JsonProperty("image") IMAGE,
    @JsonProperty("audio") AUDIO,
    @JsonProperty("video") VIDEO,
    @JsonProperty("voice") VOICE,
    @JsonProperty("file") FILE
}
