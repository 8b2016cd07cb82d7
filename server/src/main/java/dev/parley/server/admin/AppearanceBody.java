package dev.parley.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.appearance.AppearanceSettings;
import dev.parley.core.error.ParleyException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An appearance document as sent, {@code {theme: {appName: …, light: {primary: …}}, features:
 * {reactions: false}}}, to the settings it names (path → value as text) and back. Every value is
 * kept, known or not, so that the checks name each unknown or bad one; a null sets nothing.
 */
final class AppearanceBody {
    private AppearanceBody() {
    }

    static AppearanceSettings read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ParleyException.invalid("the body must be an object {theme: {…}, features: {…}}");
        }
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", body, values);
        return new AppearanceSettings(values);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
        node.properties().forEach(entry -> {
            String path = prefix + entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isObject()) {
                flatten(path + ".", value, values);
            } else if (value.isValueNode() && !value.isNull()) {
                values.put(path, value.isTextual() ? value.asText().trim() : value.asText());
            } else if (!value.isNull()) {
                values.put(path, value.toString());
            }
        });
    }

    /** The settings nested as sent: {@code {theme: {light: {primary: …}}, features: {reactions: false}}}. */
    static Map<String, Object> nested(AppearanceSettings settings) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("theme", new LinkedHashMap<String, Object>());
        root.put("features", new LinkedHashMap<String, Object>());
        settings.values().forEach((path, value) -> {
            String[] parts = path.split("\\.");
            Map<String, Object> at = root;
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> next = (Map<String, Object>) at.computeIfAbsent(parts[i], key -> new LinkedHashMap<String, Object>());
                at = next;
            }
            at.put(parts[parts.length - 1], path.startsWith("features.") ? Boolean.valueOf(value) : value);
        });
        return root;
    }
}
