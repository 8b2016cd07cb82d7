package dev.parley.protocol.model;

import java.util.List;

/** One emoji on a message with the users who reacted with it, in reaction order. */
public record Reaction(String emoji, int count, List<String> userIds) {
}
