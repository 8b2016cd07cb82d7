package dev.parley.server.protocol;

import dev.parley.core.auth.IssuedToken;
import dev.parley.core.auth.Permission;
import dev.parley.core.file.FileKind;
import dev.parley.core.file.StoredFile;
import dev.parley.core.file.StoredFile.Variant;
import dev.parley.core.message.AttachedFile;
import dev.parley.core.message.Attachment;
import dev.parley.core.message.HistoryPage;
import dev.parley.core.message.Message;
import dev.parley.core.message.Reaction;
import dev.parley.core.page.Page;
import dev.parley.core.read.ReadMark;
import dev.parley.core.room.Member;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.MemberView;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.room.Silence;
import dev.parley.core.room.RoomType;
import dev.parley.core.user.JsonText;
import dev.parley.core.user.User;
import dev.parley.core.user.UserCard;
import dev.parley.core.user.UserRole;
import dev.parley.protocol.model.AppRole;
import dev.parley.protocol.model.FileObject;
import dev.parley.protocol.model.RawJson;
import dev.parley.protocol.model.RoomRole;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Domain values to wire records (and the one wire value a request hands to the domain, its
 * attachments). The wire's field names are fixed in the protocol records: renaming a domain
 * field breaks the compile here, never the API.
 */
public final class WireMapper {
    private WireMapper() {
    }

    public static dev.parley.protocol.model.User user(User user) {
        return new dev.parley.protocol.model.User(user.id(), user.name(), user.avatarUrl(), appRole(user.role()),
                raw(user.data()), user.active(), user.createdAt(), user.updatedAt());
    }

    public static dev.parley.protocol.model.UserCard card(UserCard card) {
        return card == null ? null : new dev.parley.protocol.model.UserCard(card.id(), card.name(), card.avatarUrl(),
                card.bot() ? Boolean.TRUE : null);
    }

    public static dev.parley.protocol.model.Message message(Message m) {
        if (m == null) {
            return null;
        }
        return new dev.parley.protocol.model.Message(m.id(), m.roomId(), m.seq(), m.userId(), m.text(), m.parentId(),
                list(m.attachments(), WireMapper::attachment), m.clientId(), m.createdAt(), m.editedAt(),
                m.deletedAt(), reactions(m.reactions()), m.streaming(),
                m.mentions().userIds().isEmpty() ? null : m.mentions().userIds(), m.mentions().all() ? true : null,
                m.call() == null ? null : dev.parley.protocol.model.Message.KIND_CALL, CallWire.note(m.call()));
    }

    public static List<dev.parley.protocol.model.Reaction> reactions(List<Reaction> reactions) {
        return list(reactions, r -> new dev.parley.protocol.model.Reaction(r.emoji(), r.count(), r.userIds()));
    }

    /** A room without the per-user fields, as in {@code room.created} and {@code room.updated}. */
    public static dev.parley.protocol.model.Room room(Room room) {
        return room(room, null, null, null, null, null, null, null, null, null);
    }

    /** A room as one user sees it, without their capabilities (the {@code member.added} of a replay). */
    public static dev.parley.protocol.model.Room room(RoomSummary summary) {
        return room(summary, null);
    }

    /**
     * A room as one user sees it, with the grants they hold in it, as in every REST answer; a
     * moderator's mute of them is told with the grants it takes away (an event's room has neither).
     */
    public static dev.parley.protocol.model.Room room(RoomSummary summary, Set<Permission> capabilities) {
        return room(summary.room(), roomRole(summary.role()), summary.lastReadSeq(), summary.unreadCount(),
                message(summary.lastMessage()), card(summary.peer()), grantNames(capabilities),
                summary.mentionCount(), summary.muted(), capabilities == null ? null : summary.silence());
    }

    private static dev.parley.protocol.model.Room room(Room r, RoomRole role, Long lastReadSeq, Long unreadCount,
            dev.parley.protocol.model.Message lastMessage, dev.parley.protocol.model.UserCard peer,
            List<String> capabilities, Long mentionCount, Boolean muted, Silence silence) {
        return new dev.parley.protocol.model.Room(r.id(), roomType(r.type()), r.name(), r.topic(), r.avatarUrl(),
                raw(r.data()), r.createdBy(), r.createdAt(), r.updatedAt(), r.lastSeq(), r.lastActivityAt(),
                r.memberCount(), role, lastReadSeq, unreadCount, lastMessage, peer, r.lastChange(),
                capabilities, mentionCount, muted, r.frozen() ? Boolean.TRUE : null,
                silence == null ? null : Boolean.TRUE, silence == null ? null : silence.until(),
                r.slowModeSeconds() == 0 ? null : r.slowModeSeconds());
    }

    /** Grant names in the order of {@link Permission} (a stable order for clients and tests). */
    public static List<String> grantNames(Set<Permission> permissions) {
        if (permissions == null) {
            return null;
        }
        return java.util.Arrays.stream(Permission.values()).filter(permissions::contains).map(Permission::grantName)
                .toList();
    }

    public static dev.parley.protocol.model.Member member(MemberView view) {
        return member(view.member(), view.user());
    }

    /** A member with the user's card (null when the event did not carry one). */
    public static dev.parley.protocol.model.Member member(Member member, UserCard user) {
        return new dev.parley.protocol.model.Member(member.userId(), roomRole(member.role()), member.lastReadSeq(),
                member.joinedAt(), card(user), member.hidden());
    }

    public static dev.parley.protocol.model.ReadMark readMark(ReadMark mark) {
        return new dev.parley.protocol.model.ReadMark(mark.roomId(), mark.userId(), mark.lastReadSeq(),
                mark.lastSeq(), mark.unreadCount());
    }

    public static dev.parley.protocol.rest.IssuedToken token(IssuedToken token) {
        return new dev.parley.protocol.rest.IssuedToken(token.token(), token.expiresAt());
    }

    public static dev.parley.protocol.rest.HistoryPage history(HistoryPage page) {
        return new dev.parley.protocol.rest.HistoryPage(list(page.items(), WireMapper::message), page.hasMore());
    }

    public static <D, W> dev.parley.protocol.rest.Page<W> page(Page<D> page, Function<D, W> item) {
        return new dev.parley.protocol.rest.Page<>(list(page.items(), item), page.nextCursor());
    }

    public static AppRole appRole(UserRole role) {
        return switch (role) {
            case USER -> AppRole.USER;
            case ADMIN -> AppRole.ADMIN;
            case BOT -> AppRole.BOT;
            case GUEST -> AppRole.GUEST;
        };
    }

    static RoomRole roomRole(MemberRole role) {
        return role == null ? null : switch (role) {
            case OWNER -> RoomRole.OWNER;
            case MODERATOR -> RoomRole.MODERATOR;
            case MEMBER -> RoomRole.MEMBER;
        };
    }

    static dev.parley.protocol.model.RoomType roomType(RoomType type) {
        return switch (type) {
            case DIRECT -> dev.parley.protocol.model.RoomType.DIRECT;
            case GROUP -> dev.parley.protocol.model.RoomType.GROUP;
            case CHANNEL -> dev.parley.protocol.model.RoomType.CHANNEL;
        };
    }

    /**
     * An attachment: an upload as a file object, a URL reference as it was sent. An upload's
     * links are its unsigned paths ({@link #filePath}); the node's JSON mapper signs them as it
     * writes them, so they are fresh whenever a message is written.
     */
    private static dev.parley.protocol.model.Attachment attachment(Attachment a) {
        AttachedFile f = a.file();
        if (f == null) {
            return new dev.parley.protocol.model.Attachment(a.type(), a.url(), a.name(), a.mimeType(), a.size());
        }
        return new dev.parley.protocol.model.Attachment(f.kind().wireName(), filePath(f.id(), Variant.ORIGINAL),
                a.name(), a.mimeType(), a.size(), null, f.id(), f.roomId(), fileKind(f.kind()), f.width(), f.height(),
                f.durationMs(), f.hasThumbnail() ? filePath(f.id(), Variant.THUMBNAIL) : null,
                f.hasThumbnail() ? filePath(f.id(), Variant.PREVIEW) : null, Instant.ofEpochMilli(f.createdAtMillis()));
    }

    /** An upload, as {@code POST /v1/rooms/{roomId}/files} answers it; links as in {@link #attachment}. */
    public static FileObject file(StoredFile f) {
        return new FileObject(f.id(), f.roomId(), f.name(), f.size(), f.mimeType(), fileKind(f.kind()), f.width(),
                f.height(), f.durationMs(), filePath(f.id(), Variant.ORIGINAL),
                f.hasThumbnail() ? filePath(f.id(), Variant.THUMBNAIL) : null,
                f.hasThumbnail() ? filePath(f.id(), Variant.PREVIEW) : null, f.createdAt());
    }

    /** The unsigned path of a file's rendition, {@code /v1/files/<id>/<variant>}. */
    public static String filePath(UUID fileId, Variant variant) {
        return "/v1/files/" + fileId + "/" + variant.wireName();
    }

    static dev.parley.protocol.model.FileKind fileKind(FileKind kind) {
        return switch (kind) {
            case IMAGE -> dev.parley.protocol.model.FileKind.IMAGE;
            case AUDIO -> dev.parley.protocol.model.FileKind.AUDIO;
            case VIDEO -> dev.parley.protocol.model.FileKind.VIDEO;
            case VOICE -> dev.parley.protocol.model.FileKind.VOICE;
            case FILE -> dev.parley.protocol.model.FileKind.FILE;
        };
    }

    /** The attachments of a send (REST or WebSocket) for the domain; null stays null, so the domain names it. */
    public static List<Attachment> attachments(List<dev.parley.protocol.model.Attachment> sent) {
        if (sent == null) {
            return null;
        }
        return sent.stream().map(a -> a == null ? null
                : new Attachment(a.type(), a.url(), a.name(), a.mimeType(), a.size(), a.fileId(), null)).toList();
    }

    private static RawJson raw(JsonText data) {
        return data == null ? null : new RawJson(data.json());
    }

    /** A webhook subscription; its secret only when {@code withSecret} (the answers that create or rotate it). */
    public static dev.parley.protocol.rest.Webhook webhook(dev.parley.core.webhook.Webhook webhook, boolean withSecret) {
        return new dev.parley.protocol.rest.Webhook(webhook.id(), webhook.url(), webhook.events(), webhook.active(),
                webhook.pausedReason(), webhook.createdAt(), webhook.updatedAt(), withSecret ? webhook.secret() : null);
    }

    public static dev.parley.protocol.rest.WebhookDelivery delivery(dev.parley.core.webhook.Delivery delivery) {
        boolean pending = delivery.status() == dev.parley.core.webhook.Delivery.Status.PENDING;
        return new dev.parley.protocol.rest.WebhookDelivery(delivery.id(), delivery.eventType(),
                delivery.status().wireName(), delivery.attempts(), pending ? delivery.nextAttemptAt() : null,
                delivery.lastStatus(), delivery.lastError(), delivery.createdAt(), delivery.finishedAt());
    }

    public static dev.parley.protocol.model.Invitation invitation(dev.parley.core.invitation.Invitation i) {
        return new dev.parley.protocol.model.Invitation(i.id(), i.roomId(), i.roomName(), i.inviterId(), i.inviteeId(),
                dev.parley.protocol.model.InvitationStatus.valueOf(i.status().name()), i.createdAt(), i.answeredAt());
    }

    public static dev.parley.protocol.rest.InvitationList invitations(List<dev.parley.core.invitation.Invitation> items) {
        return new dev.parley.protocol.rest.InvitationList(list(items, WireMapper::invitation));
    }

    private static <D, W> List<W> list(List<D> items, Function<D, W> map) {
        return items == null ? null : items.stream().map(map).toList();
    }
}
