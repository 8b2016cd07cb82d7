import { expect, it } from "vitest";
import { parseUserIds } from "./NewGroupDialog";
import type { MemberDirectory, Room } from "../../client";
import { directPeer, initials, roomName } from "./roomName";

it("makes initials and reads lists of user ids", () => {
  expect(initials("Ana Maria Lopez")).toBe("AL");
  expect(initials("bob")).toBe("BO");
  expect(initials("")).toBe("?");
  expect(parseUserIds(" bob, cid;dan  bob\nemma ")).toEqual(["bob", "cid", "dan", "emma"]);
});

it("names a direct room after the peer the server gave, before its members are loaded", () => {
  const members = { list: () => undefined, name: (id: string) => id } as unknown as MemberDirectory;
  const direct = { id: "r1", type: "direct", peer: { id: "bob", name: "Bob" } } as unknown as Room;
  const group = { id: "r2", type: "group", name: "Team" } as unknown as Room;

  expect(directPeer(direct, "ana", members)).toBe("bob");
  expect(roomName(direct, "ana", members)).toBe("Bob");
  expect(roomName(group, "ana", members)).toBe("Team");
  expect(directPeer(group, "ana", members)).toBeUndefined();
});
