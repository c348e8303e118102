import { z } from "zod";
import { isoDateSchema, safeString, safeText } from "./common";
import { moneyInput } from "./money-input";

const text = (label: string, max = 2000, multiline = false) => (multiline ? safeText() : safeString()).trim().max(max, `${label}: at most ${max} characters`);
const optional = (label: string) => z.preprocess((v) => (v === null || v === "" ? undefined : v), text(label, 5000, true).optional());
const date = (label: string) => isoDateSchema({ error: `${label} must be a date (YYYY-MM-DD)` });

export const SchoolYear = safeString().trim().regex(/^\d{4}-\d{2}$/, "School year looks like 2024-25").refine((s) => {
  const a = Number(s.slice(0, 4)), b = Number(s.slice(5));
  return (a + 1) % 100 === b;
}, "The second year must follow the first (e.g. 2024-25)");

export const NewConsultationSchema = z.object({
  organizationId: safeString().min(1, "Choose a district"),
  localId: safeString().min(1, "Choose a local"),
  schoolYear: SchoolYear,
  deadline: date("Deadline"),
  recipient: text("Recipient", 200).min(1, "Enter who receives the form"),
});

export const AllocationSchema = z.object({
  organizationId: safeString().min(1, "Choose a district"),
  schoolYear: SchoolYear,
  /** Parsed to cents: "$1,905,000" and "1905000.00" both read as 190500000; at most an integer cents column holds. */
  amount: moneyInput("Amount in dollars, e.g. $1,905,000 or 1905000.00", "Amount"),
  source: text("Source", 300).min(1, "Say where the amount comes from (e.g. Ministry allocation letter)"),
});

export const MeetingSchema = z.object({
  date: date("Meeting date"),
  districtAttendees: text("District attendees", 500).min(1, "List who attended for the district"),
  localAttendees: text("Local attendees", 500).min(1, "List who attended for the local"),
  agenda: optional("Agenda"), minutes: optional("Minutes"), suggestions: optional("Suggestions"),
  concerns: optional("Concerns"), responses: optional("How concerns were addressed"),
});

export const SignatureSchema = z.object({
  name: text("Name", 120).min(2, "Type your full name"),
  title: text("Title", 120).min(2, "Type your title or position"),
  signedOn: date("Date"),
});

export const DeclineSchema = z.object({
  reasons: text("Reasons", 2000, true).min(5, "Give the local's reasons for declining"),
  on: date("Date"),
});
