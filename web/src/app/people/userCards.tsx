import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { UserCardDialog } from "./UserCardDialog";

/** Opens the card of a person (name, picture, online, "Message"); absent where there is no room to open. */
export type ShowUser = (userId: string) => void;

const UserCards = createContext<ShowUser | null>(null);

/** The function that opens a person's card, or null outside a layout that offers cards. */
export function useShowUser(): ShowUser | null {
  return useContext(UserCards);
}

/**
 * Lets anything below open a person's card; the card's "Message" opens the direct room with
 * them through `onOpenRoom` (the layout's room selection).
 */
export function UserCardProvider({ onOpenRoom, children }: { onOpenRoom: (roomId: string) => void; children: ReactNode }) {
  const [userId, setUserId] = useState<string | null>(null);
  const show = useCallback((id: string) => setUserId(id), []);
  const close = useCallback(() => setUserId(null), []);
  const opened = useMemo(
    () => (roomId: string) => {
      setUserId(null);
      onOpenRoom(roomId);
    },
    [onOpenRoom],
  );
  return (
    <UserCards.Provider value={show}>
      {children}
      {userId && <UserCardDialog key={userId} userId={userId} onClose={close} onOpened={opened} />}
    </UserCards.Provider>
  );
}
