/**
 * Words for the codes the database and the rules use, so no status key ("signed-by-local"), rule id
 * ("NO_STATED_LIMIT") or enum value ever reaches a page. Unknown codes are turned into plain words.
 */
export const LIF_STATUS_LABELS: Record<string, string> = {
  "not-started": "Not started", "meeting-scheduled": "Meeting scheduled", consulting: "Consulting", "ready-to-sign": "Ready to sign",
  "signed-by-district": "Signed by the district", "signed-by-local": "Signed by the local (complete)", submitted: "Submitted",
  "declined-by-local": "Declined by the local", overdue: "Overdue",
};

/** What a party does next, by LIF status (A.6-style plain words for the home page). */
export const LIF_NEXT_STEP: Record<string, string> = {
  "not-started": "Schedule the first consultation meeting", "meeting-scheduled": "Hold the meeting and record it",
  consulting: "Mark the criteria met and the district's confirmations", "ready-to-sign": "The district signs the confirmation form",
  "signed-by-district": "The local signs (or declines) the confirmation form", "signed-by-local": "Submit the form to the Ministry",
  submitted: "Nothing: the consultation is complete", "declined-by-local": "Nothing more on this form", overdue: "Past the deadline: finish and sign now",
};

export const PAY_PERIOD_STATUS_LABELS: Record<string, string> = { OPEN: "Open", APPROVED: "Approved (frozen)" };

/** "signed-by-local" / "NO_STATED_LIMIT" / "AT_ARBITRATION" → "Signed by local" / "No stated limit" / "At arbitration". */
export function humanize(code: string): string {
  const words = code.replace(/[-_]+/g, " ").trim().toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : code;
}

/** A label from a table, or the code in plain words: never the raw code. */
export const labelOf = (table: Record<string, string>, code: string) => table[code] ?? humanize(code);
