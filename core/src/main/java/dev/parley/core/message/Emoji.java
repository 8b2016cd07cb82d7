package dev.parley.core.message;

import dev.parley.core.error.Constraints;
import dev.parley.core.error.ParleyException;

/** Reaction keys: an emoji (any sequence of non-space symbols) or a short name like {@code thumbs_up}. */
final class Emoji {
    private Emoji() {
    }

    static String check(String emoji) {
        Constraints.checkText("emoji", emoji, 1, MessageLimits.MAX_EMOJI);
        if (emoji.codePoints().anyMatch(c -> Character.isWhitespace(c) || c == '/' || c == '\\')) {
            throw ParleyException.invalid("emoji must not contain spaces or slashes");
        }
        return emoji;
    }
}
