package dev.parley.core.call;

import java.util.Locale;

/** Where a call is: ringing until someone answers, active while two talk, then ended for good. */
public enum CallState {
    RINGING, ACTIVE, ENDED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
