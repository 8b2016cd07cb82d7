package dev.parley.core.admin;

/** What an admin searches rooms by; every field optional: a part of the name, the type, a member's user id. */
public record RoomSearch(String query, String type, String memberId) {
}
