import { useEffect } from "react";
import type { ParleyClient } from "../client";
import { matchesFilters, unreadEvent, type EmitHostEvent, type RoomFilters } from "./protocol";

/**
 * Tells the host what it may show outside the chat: `unread` (total and per room, each time a
 * count changes) and `message` (a new message by someone else in a room the user is in).
 */
export function useHostEvents(client: ParleyClient, filters: RoomFilters | undefined, emit: EmitHostEvent): void {
  useEffect(() => {
    let last = "";
    const reportUnread = () => {
      const event = unreadEvent(client.getRooms(), filters);
      const key = JSON.stringify(event);
      if (key === last) return;
      last = key;
      emit(event);
    };
    const offChange = client.subscribe(reportUnread);
    const offMessage = client.on("message.new", (m) => {
      const room = client.getRoom(m.roomId);
      if (m.userId === client.userId || (room && !matchesFilters(room, filters))) return;
      emit({ type: "message", roomId: m.roomId, messageId: m.id, seq: m.seq, senderId: m.userId, text: m.text, createdAt: m.createdAt });
    });
    return () => {
      offChange();
      offMessage();
    };
  }, [client, filters, emit]);
}
