package dev.parley.core.room;

import dev.parley.core.user.UserCard;

/** A member together with the public card of the user. */
public record MemberView(Member member, UserCard user) {
}
