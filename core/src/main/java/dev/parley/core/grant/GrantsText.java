package dev.parley.core.grant;

import java.util.ArrayList;
import java.util.List;

/** A grants document in words for the audit log: {@code app.user: send-message, react; group.owner: …}. */
final class GrantsText {
    private GrantsText() {
    }

    static String of(GrantsDocument document) {
        List<String> parts = new ArrayList<>();
        document.scopes().forEach((scope, roles) -> roles.forEach((role, rules) ->
                parts.add(scope + "." + role + ": " + String.join(", ", rules))));
        return String.join("; ", parts);
    }
}
