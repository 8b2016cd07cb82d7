import { describe, expect, it } from "vitest";
import { t } from "../i18n/t";
import { callLogText } from "./CallLog";
import { formatDuration, mediaErrorKey } from "./media";

describe("call media and the call log", () => {
  it("says plainly why the browser gave no microphone or camera", () => {
    expect(t(mediaErrorKey(new DOMException("denied", "NotAllowedError"), "video"))).toContain("did not allow the camera");
    expect(t(mediaErrorKey(new DOMException("denied", "NotAllowedError"), "audio"))).toContain("did not allow the microphone");
    expect(mediaErrorKey(new DOMException("none", "NotFoundError"), "audio")).toBe("noMic");
    expect(mediaErrorKey(new DOMException("busy", "NotReadableError"), "video")).toBe("deviceBusy");
    expect(mediaErrorKey(new Error("?"), "video")).toBe("mediaUnavailable");
  });

  it("formats durations and reads calls like a call log", () => {
    expect(formatDuration(65_000)).toBe("1:05");
    expect(formatDuration(3_725_000)).toBe("1:02:05");
    expect(callLogText({ id: "c", outcome: "answered", durationMs: 65_000 })).toBe("Call · 1:05");
    expect(callLogText({ id: "c", outcome: "missed" })).toBe("Missed call");
    expect(callLogText({ id: "c", outcome: "busy" })).toBe("Call: busy");
  });
});
