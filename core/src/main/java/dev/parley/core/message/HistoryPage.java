package dev.parley.core.message;

import java.util.List;

/** Messages in ascending seq; {@code hasMore} says whether more exist in the direction asked. */
public record HistoryPage(List<Message> items, boolean hasMore) {
}
