import { expect, it } from "vitest";
import { parseUserIds } from "./NewGroupDialog";
import { initials } from "./roomName";

it("makes initials and reads lists of user ids", () => {
  expect(initials("Ana Maria Lopez")).toBe("AL");
  expect(initials("bob")).toBe("BO");
  expect(initials("")).toBe("?");
  expect(parseUserIds(" bob, cid;dan  bob\nemma ")).toEqual(["bob", "cid", "dan", "emma"]);
});
