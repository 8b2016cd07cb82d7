import { createContext, useContext } from "react";
import type { CallMedia } from "../../client";

export interface CallsApi {
  /** Starts a call in the room (or joins its live call): asks for the microphone (and camera) first. */
  start(roomId: string, media: CallMedia): void;
  /** Whether this session is in a call now (one call at a time). */
  inCall: boolean;
}

export const CallsContext = createContext<CallsApi | null>(null);

/** The call actions, or null where calls are not offered (outside the chat shell). */
export function useCalls(): CallsApi | null {
  return useContext(CallsContext);
}
