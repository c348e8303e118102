/**
 * An iCalendar (RFC 5545) feed of all-day deadlines, written by the `ics` package (CRLF lines, TEXT values escaped);
 * this module keeps Accord's feed conventions: stable UIDs, all-day DATE values, and folds lines at 75 octets.
 */
import { createEvents, type DateArray, type EventAttributes } from "ics";

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

const dateArray = (iso: string): DateArray => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
/** DTEND of an all-day event is exclusive: the next day. */
const nextDay = (iso: string) => new Date(Date.parse(iso + "T00:00:00Z") + 86_400_000).toISOString().slice(0, 10);

/** UTF-8 length of one code point. */
const octets = (ch: string) => { const cp = ch.codePointAt(0)!; return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; };

/**
 * RFC 5545 §3.1: lines are folded at 75 octets, not characters (`ics` counts characters, so a line of Vietnamese or
 * Chinese names runs to 100+ bytes), with CRLF and one space; a fold falls between characters, never inside a UTF-8
 * sequence. The leading space of a continuation line counts towards its 75.
 */
function foldOctets(line: string): string {
  const parts: string[] = [];
  let part = "", size = 0, limit = 75;
  for (const ch of line) {
    const n = octets(ch);
    if (size + n > limit) { parts.push(part); part = ""; size = 0; limit = 74; }
    part += ch;
    size += n;
  }
  parts.push(part);
  return parts.join("\r\n ");
}

/** Unfolds what `ics` folded (its values carry no raw line breaks: newlines are escaped) and folds again by octets. */
const refold = (text: string) => text.replace(/\r\n[ \t]/g, "").split("\r\n").map(foldOctets).join("\r\n");

export function serializeIcs(cal: IcsCalendar): string {
  // `timestamp` (DTSTAMP) is read by ics 3 but missing from its types.
  const events = cal.events.map((e) => ({
    uid: e.uid, start: dateArray(e.date), end: dateArray(nextDay(e.date)), title: e.summary, timestamp: Date.parse(cal.generatedAt),
    description: e.description, url: e.url, categories: e.categories?.length ? e.categories : undefined, transp: "TRANSPARENT",
  }) as EventAttributes);
  const { error, value } = createEvents(events, { productId: cal.prodId, calName: cal.name, method: "PUBLISH" });
  if (error || !value) throw error ?? new Error("The calendar feed could not be written.");
  return refold(value);
}
