package dev.parley.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One room as a client holds it: the messages above the seq it joined at, the change numbers it
 * applied, its read mark and, when it knew them from the start, the members. Every change is applied
 * to its target only when newer than what the target shows (a stamp per message and member), so a
 * replay of an older change after the current state never winds it back.
 */
final class RoomView {
    final long joinSeq;
    /** The highest seq up to which every message above {@link #joinSeq} is held. */
    long lastSeq;
    /** The highest change number up to which every change is applied. */
    long lastChange;
    final Set<Long> ahead = new HashSet<>();
    long mark;
    final TreeMap<Long, Message> messages = new TreeMap<>();
    final Map<String, Long> seqOfId = new HashMap<>();
    /** Null when the client joined mid-run (a live {@code member.added} names only the newcomer). */
    final Set<String> members;
    final Map<String, Long> memberStamps = new HashMap<>();
    boolean repairing;

    /** A message: its state, and the change that last set its text and its reactions. */
    static final class Message {
        final String id;
        final String userId;
        String text;
        boolean deleted;
        long textStamp;
        Set<String> reactions = new TreeSet<>();
        long reactionStamp;

        Message(String id, String userId) {
            this.id = id;
            this.userId = userId;
        }
    }

    RoomView(long joinSeq, long lastChange, long mark, Set<String> members) {
        this.joinSeq = joinSeq;
        this.lastSeq = joinSeq;
        this.lastChange = lastChange;
        this.mark = mark;
        this.members = members == null ? null : new TreeSet<>(members);
    }

    /** Takes change {@code c} into account: true when it is a duplicate (already applied). */
    boolean countChange(long c) {
        if (c <= lastChange || ahead.contains(c)) {
            return true;
        }
        ahead.add(c);
        while (ahead.remove(lastChange + 1)) {
            lastChange++;
        }
        return false;
    }

    /** Whether a change number or seq is missing below what was applied. */
    boolean hasGap() {
        return !ahead.isEmpty() || (!messages.isEmpty() && messages.lastKey() > lastSeq);
    }

    /** Adds a delivered message; true when this seq was held already (a duplicate). */
    boolean addMessage(long seq, JsonNode message, String self) {
        if (messages.containsKey(seq)) {
            return true;
        }
        Message held = new Message(message.path("id").asText(), message.path("userId").asText());
        held.text = message.path("text").asText();
        held.deleted = message.hasNonNull("deletedAt");
        held.reactions = reactionsOf(message.path("reactions"));
        messages.put(seq, held);
        seqOfId.put(held.id, seq);
        while (messages.containsKey(lastSeq + 1)) {
            lastSeq++;
        }
        if (held.userId.equals(self)) {
            mark = Math.max(mark, seq);
        }
        return false;
    }

    void applyEdit(long change, JsonNode message) {
        Long seq = seqOfId.get(message.path("id").asText());
        Message held = seq == null ? null : messages.get(seq);
        if (held != null && change > held.textStamp) {
            held.textStamp = change;
            held.text = message.path("text").asText();
            held.deleted = message.hasNonNull("deletedAt");
            if (held.deleted) {
                held.reactions = new TreeSet<>();
                held.reactionStamp = Math.max(held.reactionStamp, change);
            }
        }
    }

    void applyReactions(long change, String messageId, JsonNode reactions) {
        Long seq = seqOfId.get(messageId);
        Message held = seq == null ? null : messages.get(seq);
        if (held != null && change > held.reactionStamp) {
            held.reactionStamp = change;
            held.reactions = reactionsOf(reactions);
        }
    }

    void applyMember(long change, String userId, boolean present) {
        if (members != null && change > memberStamps.getOrDefault(userId, 0L)) {
            memberStamps.put(userId, change);
            if (present) {
                members.add(userId);
            } else {
                members.remove(userId);
            }
        }
    }

    /** Messages above the read mark that are not deleted: the unread count this client shows. */
    long unread() {
        return messages.tailMap(mark, false).values().stream().filter(m -> !m.deleted).count();
    }

    /** A message's reactions as "emoji userId" strings, from the wire's {@code [{emoji, userIds}]}. */
    static Set<String> reactionsOf(JsonNode reactions) {
        Set<String> all = new TreeSet<>();
        for (JsonNode reaction : reactions) {
            for (JsonNode user : reaction.path("userIds")) {
                all.add(reaction.path("emoji").asText() + " " + user.asText());
            }
        }
        return all;
    }
}
