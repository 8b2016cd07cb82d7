package dev.parley.server.config;

/** A raw configuration value and where it came from (for error messages). */
record ConfigValue(String value, String origin) {
}
