import { useEffect, useState } from "react";
import type { UserCard } from "../../client";
import { useChat } from "../hooks/chat";

const SEARCH_DELAY_MS = 200;

/**
 * People in the user directory whose name or id, or a word of either, starts with `query`
 * (the caller left out), as one types; null while there is nothing to show or the server keeps
 * its directory closed (`permissions.searchUsers` false).
 */
export function useUserSearch(query: string): UserCard[] | null {
  const { client, config } = useChat();
  const searchable = config.permissions.searchUsers;
  const [matches, setMatches] = useState<UserCard[] | null>(null);

  useEffect(() => {
    const search = query.trim();
    if (!search || !searchable) {
      setMatches(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      client.rest
        .searchUsers(search)
        .then((page) => current && setMatches(page.items.filter((user) => user.id !== client.userId)))
        .catch(() => current && setMatches(null));
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, query, searchable]);

  return matches;
}
