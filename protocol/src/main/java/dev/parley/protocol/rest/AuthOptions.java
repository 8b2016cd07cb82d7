package dev.parley.protocol.rest;

import java.util.Map;

/**
 * How users may sign in on this server, and the web client's theme (the same object as
 * {@code /chat/config}'s) so that the sign-in page looks like the app; {@code theme} is left out
 * when unknown.
 */
public record AuthOptions(boolean localAccounts, boolean signup, String appName, Map<String, Object> theme) {
    public AuthOptions(boolean localAccounts, boolean signup, String appName) {
        this(localAccounts, signup, appName, null);
    }
}
