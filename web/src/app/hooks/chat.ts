import { createContext, useContext, useSyncExternalStore } from "react";
import type { ParleyClient } from "../../client";
import type { ChatConfig } from "../boot/config";

export interface ChatContextValue {
  client: ParleyClient;
  config: ChatConfig;
  /** The chat is mounted but not shown (a closed compact widget): nothing counts as seen. */
  hidden?: boolean | undefined;
}

export const ChatContext = createContext<ChatContextValue | null>(null);

export function useChat(): ChatContextValue {
  const value = useContext(ChatContext);
  if (!value) throw new Error("useChat outside <ChatContext.Provider>");
  return value;
}

/**
 * Reads client state and re-renders when it changes. `read` must return a stable value
 * (the client's cached snapshots, or a primitive).
 */
export function useClientState<T>(read: (client: ParleyClient) => T): T {
  const { client } = useChat();
  return useSyncExternalStore(
    (listener) => client.subscribe(listener),
    () => read(client),
  );
}
