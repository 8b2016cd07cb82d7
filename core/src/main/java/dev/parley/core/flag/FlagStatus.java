package dev.parley.core.flag;

import dev.parley.core.error.ParleyException;
import java.util.Locale;

/** Where a flag stands: open in the queue, or resolved by dismissing it or deleting the message. */
public enum FlagStatus {
    OPEN, DISMISSED, DELETED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a wire name names; 400 naming the choices otherwise. */
    public static FlagStatus parse(String name, String field) {
        for (FlagStatus status : values()) {
            if (status.wireName().equals(name)) {
                return status;
            }
        }
        throw ParleyException.invalid(field + " must be one of open, dismissed, deleted");
    }
}
