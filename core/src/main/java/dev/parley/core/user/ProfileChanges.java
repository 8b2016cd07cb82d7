package dev.parley.core.user;

import dev.parley.core.event.Event;
import dev.parley.core.store.UnitOfWork;
import java.util.Objects;
import java.util.Set;

/** Records a {@link Event.ProfileChanged} when a change of a user alters what others see of them. */
public final class ProfileChanges {
    private ProfileChanges() {
    }

    /** Called in the unit of work that changed {@code before} into {@code after}. */
    public static void record(UnitOfWork repos, User before, User after) {
        if (before.name().equals(after.name()) && Objects.equals(before.avatarUrl(), after.avatarUrl())) {
            return;
        }
        repos.record(new Event.ProfileChanged(new UserCard(after.id(), after.name(), after.avatarUrl()),
                Set.copyOf(repos.members().roomIdsOf(after.id()))));
    }
}
