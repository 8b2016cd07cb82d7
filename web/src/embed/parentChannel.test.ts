import { expect, it } from "vitest";
import { roomIdFromPath } from "./parentChannel";

it("reads the room id from /embed/rooms/{roomId}", () => {
  expect(roomIdFromPath("/embed/rooms/0190a0b2-7c4e-7a3b-9f1e-2b8c5d6e7f80")).toBe("0190a0b2-7c4e-7a3b-9f1e-2b8c5d6e7f80");
  expect(roomIdFromPath("/embed/rooms/abc/")).toBe("abc");
  expect(roomIdFromPath("/rooms/abc")).toBeNull();
});
