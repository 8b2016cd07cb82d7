package dev.parley.protocol.rest;

import dev.parley.protocol.model.User;

/** The answer to an erasure: the user as stored now, what was done to their messages and how many were deleted. */
public record UserErased(User user, String messages, long messagesDeleted) {
}
