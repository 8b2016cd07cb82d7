package dev.parley.core.testing;

import dev.parley.core.grant.Grants;
import dev.parley.core.grant.GrantsDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Grants for tests: the default document with some roles' rules replaced. */
public final class TestGrants {
    private TestGrants() {
    }

    /** The default document with the rules of {@code scope.role} replaced by {@code rules}. */
    public static GrantsDocument defaultsWith(String scope, String role, String... rules) {
        return with(Grants.defaultDocument(), scope, role, rules);
    }

    /** {@code document} with the rules of {@code scope.role} replaced by {@code rules}. */
    public static GrantsDocument with(GrantsDocument document, String scope, String role, String... rules) {
        var scopes = new LinkedHashMap<String, Map<String, List<String>>>();
        document.scopes().forEach((name, roles) -> scopes.put(name, new LinkedHashMap<>(roles)));
        scopes.computeIfAbsent(scope, name -> new LinkedHashMap<>()).put(role, List.of(rules));
        return new GrantsDocument(scopes);
    }

    /** The default grants with {@code app.<role>} losing {@code withheld} (a {@code !grant} each: no room role gives it back). */
    public static Grants revokedFor(String appRole, String... withheld) {
        var rules = new java.util.ArrayList<>(Grants.defaultDocument().scopes().get(Grants.APP).get(appRole));
        for (String grant : withheld) {
            rules.remove(grant);
            rules.add("!" + grant);
        }
        return Grants.parse(defaultsWith(Grants.APP, appRole, rules.toArray(String[]::new)));
    }
}
