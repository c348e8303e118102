import { describe, expect, it } from "vitest";
import { escapeText, foldLine, serializeIcs } from "./serialize";

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

  it("uses CRLF only, and every line is at most 75 octets", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
  });

  it("writes an all-day event: DTSTART;VALUE=DATE and an exclusive DTEND the next day, a UTC DTSTAMP, the stable UID", () => {
    expect(lines).toContain("DTSTART;VALUE=DATE:20250221");
    expect(lines).toContain("DTEND;VALUE=DATE:20250222");
    expect(lines).toContain("DTSTAMP:20250120T170509Z");
    expect(lines).toContain("UID:g1-sd73-step1@accord");
  });

  it("escapes commas, semicolons, backslashes and newlines in text", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    expect(text).toContain("SUMMARY:KTTA-2025-001: Raise the grievance at Step One\\; A.6.2.b");
  });

  it("folds long lines with a leading space and unfolds back to the original, without splitting a UTF-8 character", () => {
    const long = "DESCRIPTION:" + "é".repeat(100);
    const folded = foldLine(long);
    expect(folded.split("\r\n").slice(1).every((l) => l.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(long);
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain("é".repeat(40));
  });

  it("an empty feed is still a valid calendar", () => {
    const t = serializeIcs({ ...cal, events: [] });
    expect(t).toBe("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Accord//Grievance deadlines//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Accord deadlines\r\nEND:VCALENDAR\r\n");
  });
});
