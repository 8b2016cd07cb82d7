import { expect, it } from "vitest";
import { typingText } from "./TypingIndicator";

it("names one or two typists and counts more", () => {
  expect(typingText([])).toBe("");
  expect(typingText(["Ana"])).toBe("Ana is typing…");
  expect(typingText(["Ana", "Bob"])).toBe("Ana and Bob are typing…");
  expect(typingText(["Ana", "Bob", "Cid"])).toBe("3 people are typing…");
  expect(typingText(["Helper"], [true])).toBe("Helper is thinking…");
  expect(typingText(["Helper", "Ana"], [true, false])).toBe("Helper and Ana are typing…");
});
