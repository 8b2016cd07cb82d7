package dev.parley.core.grant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grants document as written: {@code {app: {role: [grant…]}, <roomType>: {role: [grant…]}}},
 * scopes and roles in the order given; a rule {@code !grant} revokes the grant.
 */
public record GrantsDocument(Map<String, Map<String, List<String>>> scopes) {
    public GrantsDocument {
        var copy = new LinkedHashMap<String, Map<String, List<String>>>();
        if (scopes != null) {
            scopes.forEach((scope, roles) -> {
                var rolesCopy = new LinkedHashMap<String, List<String>>();
                if (roles != null) {
                    roles.forEach((role, rules) -> rolesCopy.put(role, rules == null ? List.of()
                            : rules.stream().map(rule -> rule == null ? "null" : rule).toList()));
                }
                copy.put(scope, java.util.Collections.unmodifiableMap(rolesCopy));
            });
        }
        scopes = java.util.Collections.unmodifiableMap(copy);
    }
}
