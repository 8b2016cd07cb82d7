package dev.parley.server.admin;

import dev.parley.core.erase.UserData;
import dev.parley.protocol.rest.UserDataExport;
import dev.parley.server.protocol.WireMapper;

/** A user's data export as sent: {@link UserData} in the wire records of {@link UserDataExport}. */
final class UserDataWire {
    private UserDataWire() {
    }

    static UserDataExport of(UserData data) {
        return new UserDataExport(data.exportedAt(), WireMapper.user(data.profile()), data.hasLocalPassword(),
                data.memberships().stream().map(m -> new UserDataExport.Membership(m.roomId(), m.role(),
                        m.lastReadSeq(), m.hidden(), m.muted(), m.joinedAt())).toList(),
                data.messages().stream().map(m -> new UserDataExport.Message(m.id(), m.roomId(), m.seq(), m.text(),
                        m.parentId(), m.createdAt(), m.editedAt(), m.deletedAt())).toList(),
                data.reactions().stream().map(r -> new UserDataExport.Reaction(r.roomId(), r.messageId(), r.emoji(),
                        r.createdAt())).toList(),
                data.files().stream().map(f -> new UserDataExport.File(f.id(), f.roomId(), f.messageId(), f.name(),
                        f.size(), f.mimeType(), f.kind(), f.createdAt())).toList(),
                data.flags().stream().map(f -> new UserDataExport.Flag(f.id(), f.roomId(), f.messageId(), f.reason(),
                        f.status(), f.createdAt())).toList(),
                data.invitations().stream().map(i -> new UserDataExport.Invitation(i.id(), i.roomId(), i.inviterId(),
                        i.inviteeId(), i.status(), i.createdAt(), i.answeredAt())).toList());
    }
}
