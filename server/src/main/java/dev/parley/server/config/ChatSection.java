package dev.parley.server.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The config file's section for the web UI (file only, no environment variables or flags;
 * {@code permissions.*} is {@link PermissionsSection}):
 * <pre>
 * chat.&lt;clientType&gt;.theme.&lt;key&gt;           mode, app-name, logo-url, radius, font-family, font-size, density
 * chat.&lt;clientType&gt;.theme.light.&lt;color&gt;   primary, primary-contrast, background, surface, text, muted,
 * chat.&lt;clientType&gt;.theme.dark.&lt;color&gt;    border, danger, own-bubble, other-bubble
 * chat.&lt;clientType&gt;.features.&lt;feature&gt;    reactions, replies, typing, presence, read-receipts, markdown,
 *                                       direct-chats, groups, channels
 * </pre>
 * {@code web} always exists; another client type starts from {@code web}'s values.
 */
final class ChatSection {
    static final String CHAT = "chat.";
    private static final Logger LOG = LoggerFactory.getLogger(ChatSection.class);
    private static final Pattern CLIENT_TYPE = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern COLOR = Pattern.compile("#(\\p{XDigit}{3}|\\p{XDigit}{6}|\\p{XDigit}{8})");
    private static final Pattern LENGTH = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?(px|rem|em)");
    private static final Pattern FONT_FAMILY = Pattern.compile("[A-Za-z0-9 ,\"'._-]{1,200}");
    private static final Pattern URL = Pattern.compile("(https?://[^\\s\"'()<>\\\\]+|/(?!/)[^\\s\"'()<>\\\\]*)?");
    private static final Pattern APP_NAME = Pattern.compile("[^\\p{Cntrl}]{1,60}");

    /** One scalar theme key: its name in the file, its name in JSON, its default, what it accepts. */
    private record Key(String file, String json, String defaultValue, String accepts, Predicate<String> valid) {
        static Key of(String file, String defaultValue, String accepts, Pattern pattern) {
            return new Key(file, camel(file), defaultValue, accepts, value -> pattern.matcher(value).matches());
        }
    }

    private static final List<Key> THEME = List.of(
            Key.of("mode", "auto", "light, dark or auto", Pattern.compile("light|dark|auto")),
            Key.of("app-name", "Parley", "1-60 characters", APP_NAME),
            Key.of("logo-url", "", "an http(s) URL or a path starting with /", URL),
            Key.of("radius", "10px", "a length in px, rem or em", LENGTH),
            Key.of("font-family", "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif",
                    "font names separated by commas", FONT_FAMILY),
            Key.of("font-size", "15px", "a length in px, rem or em", LENGTH),
            Key.of("density", "comfortable", "comfortable or compact", Pattern.compile("comfortable|compact")));

    static final List<String> COLORS = List.of("primary", "primary-contrast", "background", "surface", "text", "muted",
            "border", "danger", "own-bubble", "other-bubble");
    /** Defaults with text contrast of at least 4.5:1 (WCAG AA) in both themes; ChatSectionTest checks. */
    static final Map<String, List<String>> PALETTES = Map.of(
            "light", List.of("#4f46e5", "#ffffff", "#ffffff", "#f4f5f7", "#1f2328", "#5b6270",
                    "#d9dce1", "#c62828", "#e0e7ff", "#f1f3f5"),
            "dark", List.of("#818cf8", "#0b0d12", "#0f1115", "#181b21", "#e6e8eb", "#9aa3af",
                    "#2c313a", "#f87171", "#2e2a78", "#1f232b"));
    static final List<String> FEATURES = List.of("reactions", "replies", "typing", "presence", "read-receipts",
            "markdown", "direct-chats", "groups", "channels");

    private ChatSection() {
    }

    static ClientProfile defaultProfile() {
        return profile(Map.of(), CHAT + ClientProfiles.WEB + ".");
    }

    /** The client types configured by {@code chat.*} keys, {@code web} always among them. */
    static ClientProfiles clients(Map<String, ConfigValue> values) {
        Map<String, Map<String, ConfigValue>> byType = new TreeMap<>();
        byType.put(ClientProfiles.WEB, new LinkedHashMap<>());
        values.forEach((key, value) -> {
            if (!key.startsWith(CHAT)) {
                return;
            }
            String rest = key.substring(CHAT.length());
            int dot = rest.indexOf('.');
            String type = dot < 0 ? rest : rest.substring(0, dot);
            if (!CLIENT_TYPE.matcher(type).matches() || dot < 0) {
                throw bad(key, value, "expected chat.<clientType>.theme.… or chat.<clientType>.features.…"
                        + " with a client type of lowercase letters, digits and '-'");
            }
            byType.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(rest.substring(dot + 1), value);
        });
        Map<String, ConfigValue> web = byType.get(ClientProfiles.WEB);
        Map<String, ClientProfile> profiles = new LinkedHashMap<>();
        Map<String, Map<String, ConfigValue>> fileValues = new LinkedHashMap<>();
        byType.forEach((type, own) -> {
            Map<String, ConfigValue> merged = new LinkedHashMap<>(web);
            merged.putAll(own);
            profiles.put(type, profile(merged, CHAT + type + "."));
            fileValues.put(type, merged);
        });
        return new ClientProfiles(profiles, fileValues);
    }

    /**
     * The profile of {@code clientType} from the file's {@code values} with an admin's
     * {@code stored} settings (paths as in {@code /chat/config}, see {@link StoredSettings}) over them.
     */
    static ClientProfile profile(String clientType, Map<String, ConfigValue> values, Map<String, String> stored) {
        Map<String, ConfigValue> merged = new LinkedHashMap<>(values);
        stored.forEach((path, value) -> merged.put(StoredSettings.fileKey(path), new ConfigValue(value, "set by an admin")));
        return profile(merged, CHAT + clientType + ".");
    }

    /**
     * What is wrong with {@code value} for the theme key {@code file} (e.g. {@code app-name}):
     * "must be …", empty when nothing is, null when there is no such key.
     */
    static String themeKeyProblem(String file, String value) {
        return THEME.stream().filter(key -> key.file().equals(file)).findFirst()
                .map(key -> key.valid().test(value) ? "" : "must be " + key.accepts()).orElse(null);
    }

    static boolean isColor(String value) {
        return COLOR.matcher(value).matches();
    }

    static List<String> themeKeys() {
        return THEME.stream().map(Key::json).toList();
    }

    private static ClientProfile profile(Map<String, ConfigValue> values, String prefix) {
        Map<String, ConfigValue> remaining = new LinkedHashMap<>(values);
        Map<String, Object> theme = new LinkedHashMap<>();
        for (Key key : THEME) {
            String value = take(remaining, "theme." + key.file(), key.defaultValue());
            if (!key.valid().test(value)) {
                throw bad(prefix + "theme." + key.file(), values.get("theme." + key.file()), "must be " + key.accepts());
            }
            theme.put(key.json(), value.isEmpty() ? null : value);
        }
        for (String mode : List.of("light", "dark")) {
            Map<String, String> palette = new LinkedHashMap<>();
            for (int i = 0; i < COLORS.size(); i++) {
                String file = "theme." + mode + "." + COLORS.get(i);
                String value = take(remaining, file, PALETTES.get(mode).get(i));
                if (!COLOR.matcher(value).matches()) {
                    throw bad(prefix + file, values.get(file), "must be a hex color: #rgb, #rrggbb or #rrggbbaa");
                }
                palette.put(camel(COLORS.get(i)), value.toLowerCase(Locale.ROOT));
            }
            DerivedColors.derive(palette, mode, COLORS.stream()
                    .filter(color -> values.containsKey("theme." + mode + "." + color)).collect(java.util.stream.Collectors.toSet()));
            warnAboutContrast(prefix + "theme." + mode, palette);
            theme.put(mode, java.util.Collections.unmodifiableMap(palette));
        }
        Map<String, Boolean> features = new LinkedHashMap<>();
        for (String feature : FEATURES) {
            ConfigValue value = remaining.remove("features." + feature);
            features.put(camel(feature), value == null || bool(prefix + "features." + feature, value));
        }
        if (!remaining.isEmpty()) {
            String key = remaining.keySet().iterator().next();
            throw bad(prefix + key, remaining.get(key), "unknown key; theme keys are "
                    + String.join(", ", THEME.stream().map(Key::file).toList()) + ", light.<color> and dark.<color> ("
                    + String.join(", ", COLORS) + "); features are " + String.join(", ", FEATURES));
        }
        return new ClientProfile(theme, features);
    }

    private static String take(Map<String, ConfigValue> remaining, String key, String defaultValue) {
        ConfigValue value = remaining.remove(key);
        return value == null ? defaultValue : value.value().trim();
    }

    private static void warnAboutContrast(String where, Map<String, String> palette) {
        String[][] pairs = {{"text", "background"}, {"text", "surface"}, {"muted", "background"},
                {"primaryContrast", "primary"}, {"text", "ownBubble"}, {"text", "otherBubble"}, {"danger", "background"}};
        for (String[] pair : pairs) {
            double ratio = Contrast.ratio(palette.get(pair[0]), palette.get(pair[1]));
            if (ratio < Contrast.AA) {
                LOG.warn("{}: {} on {} has a contrast of {}:1, below the 4.5:1 that text needs to read well",
                        where, pair[0], pair[1], String.format(Locale.ROOT, "%.2f", ratio));
            }
        }
    }

    static boolean bool(String key, ConfigValue value) {
        return switch (value.value().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw bad(key, value, "must be true or false");
        };
    }

    /** {@code own-bubble} → {@code ownBubble}. */
    static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    static ConfigException bad(String key, ConfigValue value, String problem) {
        String shown = value == null ? "" : " = '" + value.value() + "' (from " + value.origin() + ")";
        return new ConfigException("invalid configuration " + key + shown + ": " + problem);
    }
}
