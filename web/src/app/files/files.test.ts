import { describe, expect, it } from "vitest";
import { clock, fileSize, isUpload, kindOf, typeLabel } from "./format";

describe("file formatting", () => {
  it("shows sizes in decimal units with one decimal below ten", () => {
    expect(fileSize(0)).toBe("0 B");
    expect(fileSize(999)).toBe("999 B");
    expect(fileSize(1_400_000)).toBe("1.4 MB");
    expect(fileSize(25_000_000)).toBe("25 MB");
    expect(fileSize(3_200_000_000)).toBe("3.2 GB");
  });

  it("shows durations as a clock", () => {
    expect(clock(0)).toBe("0:00");
    expect(clock(4_250)).toBe("0:04");
    expect(clock(750_000)).toBe("12:30");
    expect(clock(3_723_000)).toBe("1:02:03");
  });

  it("labels a file by its extension, or by its kind without one", () => {
    expect(typeLabel("report.pdf", "file")).toBe("PDF");
    expect(typeLabel("README", "file")).toBe("FILE");
    expect(typeLabel("archive.tar.gz", "file")).toBe("GZ");
    expect(typeLabel(".hidden", "file")).toBe("FILE");
  });

  it("tells the kind from a media type", () => {
    expect(kindOf("image/png")).toBe("image");
    expect(kindOf("audio/webm;codecs=opus")).toBe("audio");
    expect(kindOf("video/mp4")).toBe("video");
    expect(kindOf("application/pdf")).toBe("file");
  });

  it("tells uploads from links to files hosted elsewhere", () => {
    expect(isUpload({ id: "f1", kind: "image", url: "/v1/files/f1/original?x" })).toBe(true);
    expect(isUpload({ url: "https://example.com/a.png", type: "image" })).toBe(false);
  });
});
