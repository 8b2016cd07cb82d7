package dev.parley.core.call;

import dev.parley.core.error.ParleyException;
import java.util.Locale;

/** What a call carries: sound only, or sound and pictures. */
public enum CallMedia {
    AUDIO, VIDEO;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The media a client asked for; anything but {@code audio} or {@code video} is refused. */
    public static CallMedia parse(String value) {
        if ("audio".equals(value)) {
            return AUDIO;
        }
        if ("video".equals(value)) {
            return VIDEO;
        }
        throw ParleyException.invalid("media must be \"audio\" or \"video\"");
    }
}
