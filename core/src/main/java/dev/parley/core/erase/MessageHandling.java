package dev.parley.core.erase;

import dev.parley.core.error.ParleyException;

/** What erasing a user does to their messages. */
public enum MessageHandling {
    /** Deleted as an admin deletes them: tombstones, {@code message.deleted} to each room. */
    DELETE("delete"),
    /** Kept, text and all, under the erased user's neutral name. */
    ANONYMISE("anonymise");

    private final String wireName;

    MessageHandling(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The handling a request names; 400 for anything else. */
    public static MessageHandling parse(String value) {
        for (MessageHandling handling : values()) {
            if (handling.wireName.equals(value)) {
                return handling;
            }
        }
        throw ParleyException.invalid("messages must be \"delete\" or \"anonymise\"");
    }
}
