/**
 * An iCalendar (RFC 5545) writer for all-day deadlines: CRLF line endings, content lines
 * folded at 75 octets (never inside a UTF-8 character), TEXT values escaped (§3.3.11).
 */
export interface IcsEvent {
  /** Globally unique and stable across refreshes (RFC 5545 §3.8.4.7). */
  uid: string;
  /** The all-day date, YYYY-MM-DD. */
  date: string;
  summary: string;
  description?: string;
  url?: string;
  categories?: string[];
}

export interface IcsCalendar {
  prodId: string;
  name: string;
  /** When the feed was generated, as an ISO timestamp (DTSTAMP, UTC). */
  generatedAt: string;
  events: IcsEvent[];
}

/** §3.3.11: backslash, semicolon and comma are escaped; a newline becomes \n. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** §3.1: lines longer than 75 octets are split, each continuation starting with one space. */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  const out: string[] = [];
  let cur = "", octets = 0;
  const limit = () => (out.length === 0 ? 75 : 74); // a continuation's leading space is one of its 75 octets
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (octets + n > limit()) { out.push(cur); cur = ""; octets = 0; }
    cur += ch;
    octets += n;
  }
  out.push(cur);
  return out.join("\r\n ");
}

const basicDate = (iso: string) => iso.replace(/-/g, "");
const nextDay = (iso: string) => new Date(Date.parse(iso + "T00:00:00Z") + 86_400_000).toISOString().slice(0, 10);
const stamp = (ts: string) => new Date(ts).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

export function serializeIcs(cal: IcsCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${cal.prodId}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(cal.name)}`,
  ];
  for (const e of cal.events) {
    lines.push(
      "BEGIN:VEVENT", `UID:${e.uid}`, `DTSTAMP:${stamp(cal.generatedAt)}`,
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`, `DTEND;VALUE=DATE:${basicDate(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(",")}`);
    lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
