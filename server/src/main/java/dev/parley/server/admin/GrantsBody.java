package dev.parley.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.error.ParleyException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a grants document as sent, {@code {scope: {role: ["grant", "!grant", …]}}}, keeping
 * every scope, role and rule (known or not: the core names the unknown ones); a value of the
 * wrong kind is a 400 saying where.
 */
final class GrantsBody {
    private static final String SHAPE = " (the document is {scope: {role: [\"grant\", \"!grant\", …]}})";

    private GrantsBody() {
    }

    static Map<String, Map<String, List<String>>> read(JsonNode body) {
        var scopes = new LinkedHashMap<String, Map<String, List<String>>>();
        body.properties().forEach(scope -> {
            JsonNode roles = scope.getValue();
            if (roles.isNull()) {
                return; // an absent scope grants nothing
            }
            if (!roles.isObject()) {
                throw ParleyException.invalid(scope.getKey() + " must be an object of roles" + SHAPE);
            }
            var byRole = new LinkedHashMap<String, List<String>>();
            roles.properties().forEach(role -> byRole.put(role.getKey(),
                    rules(scope.getKey() + "." + role.getKey(), role.getValue())));
            scopes.put(scope.getKey(), byRole);
        });
        return scopes;
    }

    private static List<String> rules(String where, JsonNode rules) {
        if (!rules.isArray()) {
            throw ParleyException.invalid(where + " must be an array of grants" + SHAPE);
        }
        List<String> read = new ArrayList<>();
        for (JsonNode rule : rules) {
            if (!rule.isTextual()) {
                throw ParleyException.invalid(where + " must hold grant names (strings)" + SHAPE);
            }
            read.add(rule.asText());
        }
        return read;
    }
}
