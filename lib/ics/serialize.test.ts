import { describe, expect, it } from "vitest";
import { serializeIcs } from "./serialize";

const cal = {
  prodId: "-//Accord//Grievance deadlines//EN", name: "Accord deadlines", generatedAt: "2025-01-20T17:05:09.123Z",
  events: [{
    uid: "g1-sd73-step1@accord", date: "2025-02-21",
    summary: "KTTA-2025-001: Raise the grievance at Step One; A.6.2.b",
    description: "Due 2025-02-21 under A.6.2.b, counted on WD-A: Monday–Friday minus BC statutory holidays, Easter Monday and Boxing Day. " + "é".repeat(40),
  }],
};

describe("ICS serializer (RFC 5545)", () => {
  const text = serializeIcs(cal);
  const lines = text.split("\r\n");

  it("uses CRLF only, and every line is folded at 75 octets (RFC 5545 §3.1), not 75 characters", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const l of lines) expect(Buffer.byteLength(l, "utf8")).toBeLessThanOrEqual(75);
  });

  it("RFC 5545 §3.1: multi-byte names in a long SUMMARY and DESCRIPTION fold at 75 octets, never inside a UTF-8 sequence, and unfold to the input", () => {
    const summary = "Nguyễn Thị Minh Khai — Tk̓emlúps te Secwépemc — Sḵwx̱wú7mesh — 陈志明: Step Two meeting (A.6.3)";
    const description = "Grievor Nguyễn Thị Minh Khai (Tk̓emlúps te Secwépemc), steward 陈志明 王芳. ".repeat(6);
    const t = serializeIcs({ ...cal, events: [{ ...cal.events[0], summary, description }] });
    const ls = t.split("\r\n");
    for (const l of ls) {
      expect(Buffer.byteLength(l, "utf8")).toBeLessThanOrEqual(75);
      expect(Buffer.from(l, "utf8").toString("utf8")).toBe(l); // a lone surrogate or split sequence would not survive
    }
    expect(ls.filter((l) => l.startsWith(" ")).length).toBeGreaterThan(4);
    const unfolded = t.replace(/\r\n[ \t]/g, "").split("\r\n");
    expect(unfolded).toContain("SUMMARY:" + summary);
    expect(unfolded).toContain("DESCRIPTION:" + description.replace(/,/g, "\\,"));
  });

  it("writes an all-day event: DTSTART;VALUE=DATE and an exclusive DTEND the next day, a UTC DTSTAMP, the stable UID", () => {
    expect(lines).toContain("DTSTART;VALUE=DATE:20250221");
    expect(lines).toContain("DTEND;VALUE=DATE:20250222");
    expect(lines).toContain("DTSTAMP:20250120T170509Z");
    expect(lines).toContain("UID:g1-sd73-step1@accord");
  });

  it("escapes commas, semicolons, backslashes and newlines in text", () => {
    const t = serializeIcs({ ...cal, events: [{ ...cal.events[0], description: "a,b;c\\d\ne" }] }).replace(/\r\n[ \t]/g, "");
    expect(t).toContain("DESCRIPTION:a\\,b\\;c\\\\d\\ne");
    expect(text).toContain("SUMMARY:KTTA-2025-001: Raise the grievance at Step One\\; A.6.2.b");
  });

  it("folds long lines with leading whitespace and unfolds back to the original, without splitting a UTF-8 character", () => {
    expect(lines.filter((l) => /^[ \t]/.test(l)).length).toBeGreaterThan(0);
    const unfolded = text.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("DESCRIPTION:" + cal.events[0].description!.replace(/,/g, "\\,"));
  });

  it("an empty feed is still a valid calendar", () => {
    const t = serializeIcs({ ...cal, events: [] });
    expect(t).toBe("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nPRODID:-//Accord//Grievance deadlines//EN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Accord deadlines\r\nX-PUBLISHED-TTL:PT1H\r\nEND:VCALENDAR\r\n");
  });
});
