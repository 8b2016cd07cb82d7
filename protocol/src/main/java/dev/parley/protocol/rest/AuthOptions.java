package dev.parley.protocol.rest;

/** How users may sign in on this server. */
public record AuthOptions(boolean localAccounts, boolean signup, String appName) {
}
