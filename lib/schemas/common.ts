import { z } from "zod";

/**
 * Shared building blocks of every input schema. PostgreSQL refuses NUL (0x00) in text, and other control
 * characters have no place in a name or a date, so they are refused with a field error instead of reaching
 * the database as a 500. Multi-line fields (summaries, notes, minutes) may keep tab and line breaks.
 */
export const SINGLE_LINE = /^[^\x00-\x1F\x7F]*$/;
export const MULTI_LINE = /^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F]*$/;
export const CONTROL_MESSAGE = "must not contain control characters";

/** Bidirectional embedding/override/isolate characters (U+202A–U+202E, U+2066–U+2069): they can disguise a file name's extension or a person's name. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
export const stripBidi = (s: string) => s.replace(BIDI, "");

type StringParams = Parameters<typeof z.string>[0];

/** A single-line string: no control characters at all. */
export const safeString = (params?: StringParams) => z.string(params).regex(SINGLE_LINE, CONTROL_MESSAGE);

/** A multi-line text: tab, line feed and carriage return allowed, other control characters refused. */
export const safeText = (params?: StringParams) => z.string(params).regex(MULTI_LINE, CONTROL_MESSAGE);

/** A person's name or a file name: single line, bidirectional overrides removed. */
export const safeName = (params?: StringParams) => safeString(params).overwrite(stripBidi);

/** True when text is free of control characters (for query strings read outside zod). */
export const isSafeText = (s: string, multiline = false) => (multiline ? MULTI_LINE : SINGLE_LINE).test(s);

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/** An ISO date (YYYY-MM-DD) in the years 1900–2100: outside that range a date is a typing mistake. */
export const isoDateSchema = (params?: Parameters<typeof z.iso.date>[0]) =>
  z.iso.date(params).refine((d) => {
    const y = Number(d.slice(0, 4));
    return y >= MIN_YEAR && y <= MAX_YEAR;
  }, `The year must be between ${MIN_YEAR} and ${MAX_YEAR}`);

/** Largest amount in an Int cents column (PostgreSQL integer: 2,147,483,647 cents). */
export const MAX_INT_CENTS = 2_147_483_647;
export const MAX_INT_CENTS_MESSAGE = "must be at most $21,474,836.47";
