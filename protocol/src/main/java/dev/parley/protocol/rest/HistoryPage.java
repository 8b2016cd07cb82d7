package dev.parley.protocol.rest;

import dev.parley.protocol.model.Message;
import java.util.List;

/** A page of room history in ascending seq; {@code hasMore}: more exist in the direction asked. */
public record HistoryPage(List<Message> items, boolean hasMore) {
}
