package dev.parley.core.appearance;

import java.util.List;

/** What settings the server takes for a client type (the config file's keys and values). */
public interface AppearanceRules {
    /** Each thing wrong with {@code settings} for {@code clientType}, in words naming the setting; empty when none. */
    List<String> problems(String clientType, AppearanceSettings settings);
}
