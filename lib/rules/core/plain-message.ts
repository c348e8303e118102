/**
 * zod's default messages ("Too big: expected number to be <=10") are written for
 * developers; the people reading a rule's error are clerks and stewards. This turns
 * the default ones into plain English and leaves messages written by the rules alone.
 */
import type { z } from "zod";

const DEFAULT_PREFIXES = ["Too big:", "Too small:", "Invalid input:", "Invalid option:", "Unrecognized key"];

const quoteList = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x)).join(", ");

function bound(issue: { origin?: string; inclusive?: boolean }, limit: number | bigint, more: boolean): string {
  const n = String(limit);
  switch (issue.origin) {
    case "array":
    case "set":
      return more ? `must have no more than ${n} item${n === "1" ? "" : "s"}` : `must have at least ${n} item${n === "1" ? "" : "s"}`;
    case "string":
      return n === "1" && !more ? "must not be empty" : more ? `must be at most ${n} characters long` : `must be at least ${n} characters long`;
    default:
      if (more) return issue.inclusive === false ? `must be less than ${n}` : `must be ${n} or less`;
      return issue.inclusive === false ? `must be more than ${n}` : `must be ${n} or more`;
  }
}

export function plainMessage(issue: z.core.$ZodIssue): string {
  if (!DEFAULT_PREFIXES.some((p) => issue.message.startsWith(p))) return issue.message;
  switch (issue.code) {
    case "too_big":
      return bound(issue, issue.maximum, true);
    case "too_small":
      return bound(issue, issue.minimum, false);
    case "invalid_type":
      if (issue.expected === "int") return "must be a whole number";
      if (issue.message.endsWith("received undefined")) return "is required";
      return `must be ${issue.expected === "array" || issue.expected === "object" ? "an" : "a"} ${issue.expected}`;
    case "invalid_value":
      return `must be one of ${quoteList(issue.values)}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${quoteList(issue.keys)}`;
    default:
      return issue.message;
  }
}
