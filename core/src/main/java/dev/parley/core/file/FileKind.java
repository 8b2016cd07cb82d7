package dev.parley.core.file;

import java.util.Locale;

/** What a file is, as clients show it: an image, audio, video, a recorded voice message or any other file. */
public enum FileKind {
    IMAGE, AUDIO, VIDEO, VOICE, FILE;

    /** The kind of an upload of this media type (a voice message is told by its route, not its type). */
    public static FileKind of(String mimeType) {
        String type = mimeType.toLowerCase(Locale.ROOT);
        if (type.startsWith("image/")) {
            return IMAGE;
        }
        if (type.startsWith("audio/")) {
            return AUDIO;
        }
        if (type.startsWith("video/")) {
            return VIDEO;
        }
        return FILE;
    }

    /** Images, audio and video may be shown inline; anything else is served as a download. */
    public boolean isMedia() {
        return this != FILE;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
