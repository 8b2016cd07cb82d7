package dev.parley.server.protocol;

import dev.parley.core.audit.AuditEntry;
import dev.parley.core.grant.Grants;
import dev.parley.core.grant.GrantsDocument;
import dev.parley.core.room.RoomType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The admin API's domain values to wire records, and the grants document back to the domain. */
public final class AdminWire {
    private AdminWire() {
    }

    /** The grants document as the wire writes it: {@code app}, then the room types; absent scopes null. */
    public static dev.parley.protocol.rest.GrantsDocument grants(GrantsDocument document) {
        var scopes = document.scopes();
        return new dev.parley.protocol.rest.GrantsDocument(scopes.get(Grants.APP),
                scopes.get(RoomType.CHANNEL.wireName()), scopes.get(RoomType.GROUP.wireName()),
                scopes.get(RoomType.DIRECT.wireName()));
    }

    /** The scopes of a document as sent, in the order sent (unknown scopes kept, so the domain names them). */
    public static GrantsDocument grants(Map<String, Map<String, List<String>>> sent) {
        return new GrantsDocument(new LinkedHashMap<>(sent));
    }

    public static dev.parley.protocol.rest.MemberRestriction restriction(dev.parley.core.moderation.Restriction r) {
        return new dev.parley.protocol.rest.MemberRestriction(r.roomId(), r.userId(), r.kind().wireName(), r.reason(),
                r.createdBy(), r.createdAt(), r.expiresAt());
    }

    public static dev.parley.protocol.rest.AuditEntry auditEntry(AuditEntry e) {
        return new dev.parley.protocol.rest.AuditEntry(e.id(), e.at(), e.actorId(), e.action(), e.targetType(),
                e.targetId(), e.before(), e.after());
    }
}
