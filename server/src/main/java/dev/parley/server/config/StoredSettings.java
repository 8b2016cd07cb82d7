package dev.parley.server.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The settings an admin may store for a client type, named by their path in {@code /chat/config}
 * ({@code theme.appName}, {@code theme.light.ownBubble}, {@code features.readReceipts}), taking
 * what the config file's {@code chat.<clientType>.…} keys take.
 */
final class StoredSettings {
    static final int MAX_VALUE = 2000;

    private StoredSettings() {
    }

    /** {@code theme.light.ownBubble} → {@code theme.light.own-bubble}, the file's key. */
    static String fileKey(String path) {
        return path.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    /** Each setting of {@code stored} that is unknown or holds a bad value, in words naming it. */
    static List<String> problems(Map<String, String> stored) {
        List<String> problems = new ArrayList<>();
        stored.forEach((path, value) -> {
            String problem = problem(path, value);
            if (problem != null) {
                problems.add(problem);
            }
        });
        return problems;
    }

    private static String problem(String path, String value) {
        String[] parts = path.split("\\.", -1);
        if (value.length() > MAX_VALUE) {
            return path + " must be at most " + MAX_VALUE + " characters";
        }
        if (parts.length == 2 && parts[0].equals("features")) {
            if (!ChatSection.FEATURES.contains(fileKey(parts[1])) || !parts[1].equals(ChatSection.camel(fileKey(parts[1])))) {
                return path + " is not a feature; features are " + String.join(", ", camel(ChatSection.FEATURES));
            }
            return value.equals("true") || value.equals("false") ? null : path + " must be true or false";
        }
        if (parts.length == 3 && parts[0].equals("theme") && (parts[1].equals("light") || parts[1].equals("dark"))) {
            if (!camel(ChatSection.COLORS).contains(parts[2])) {
                return path + " is not a color; colors are " + String.join(", ", camel(ChatSection.COLORS));
            }
            return ChatSection.isColor(value) ? null
                    : path + " must be a hex color: #rgb, #rrggbb or #rrggbbaa (was '" + value + "')";
        }
        if (parts.length == 2 && parts[0].equals("theme") && ChatSection.themeKeys().contains(parts[1])) {
            String problem = ChatSection.themeKeyProblem(fileKey(parts[1]), value);
            return problem.isEmpty() ? null : path + " " + problem + " (was '" + value + "')";
        }
        return path + " is not a setting; settings are theme." + String.join(", theme.", ChatSection.themeKeys())
                + ", theme.light.<color>, theme.dark.<color> and features.<feature>";
    }

    private static List<String> camel(List<String> kebab) {
        return kebab.stream().map(ChatSection::camel).toList();
    }
}
