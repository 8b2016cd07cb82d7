package dev.parley.core.grant;

import dev.parley.core.auth.Permission;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** One role's rules in one scope of the grants document: what it grants, and what {@code !grant} revokes. */
record Rules(Set<Permission> granted, Set<Permission> revoked) {
    static final Rules NONE = new Rules(EnumSet.noneOf(Permission.class), EnumSet.noneOf(Permission.class));

    Rules {
        granted = Collections.unmodifiableSet(granted.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(granted));
        revoked = Collections.unmodifiableSet(revoked.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(revoked));
    }
}
