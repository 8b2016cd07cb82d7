package dev.parley.core.testing;

import dev.parley.core.account.LocalAccount;
import dev.parley.core.room.Member;
import dev.parley.core.room.Room;
import dev.parley.core.user.User;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as both databases keep them: truncated to microseconds. */
final class Micros {
    private Micros() {
    }

    static Instant of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    static User of(User u) {
        return new User(u.id(), u.name(), u.avatarUrl(), u.role(), u.data(), u.active(), of(u.createdAt()),
                of(u.updatedAt()));
    }

    static Room of(Room r) {
        return new Room(r.id(), r.type(), r.name(), r.topic(), r.avatarUrl(), r.data(), r.createdBy(),
                of(r.createdAt()), of(r.updatedAt()), r.lastSeq(), of(r.lastActivityAt()), r.memberCount(),
                r.lastChange(), r.frozen(), r.slowModeSeconds());
    }

    static Member of(Member m) {
        return new Member(m.roomId(), m.userId(), m.role(), m.lastReadSeq(), m.hidden(), of(m.joinedAt()),
                m.silence() == null ? null : new dev.parley.core.room.Silence(of(m.silence().until())));
    }

    static LocalAccount of(LocalAccount a) {
        return new LocalAccount(a.userId(), a.passwordHash(), a.generated(), of(a.createdAt()), of(a.updatedAt()));
    }
}
