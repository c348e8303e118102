/** SD73 teachers: time limits (A.6, A.7, spec §6–7) and seniority from TTOC days (C.2.3, C.2.5). */
import { sd73TimeLimit, sd73Calendars, TIME_LIMIT_IDS, timeLimits, sd73TtocSeniorityCredit, sd73SeniorityTotal } from "@/lib/rules";
import { defineCalculator, plain } from "./define";
import { f } from "./fields";
import type { Figure } from "./types";

const A = "sd73-teachers" as const;
const limitOptions = TIME_LIMIT_IDS.map((id) => ({ value: id, label: `${timeLimits[id].article}: ${timeLimits[id].due}` }));
const profileOptions = (["wd-a", "wd-a-statutory-only", "wd-b"] as const).map((id) => ({ value: id, label: sd73Calendars.profiles[id].label }));

export const sd73TimeLimitCalc = defineCalculator({
  id: "time-limit",
  agreement: A,
  title: "Time limits",
  summary: "Any time limit of the agreement — grievance steps, arbitration, notices — from its trigger date.",
  articles: ["A.6", "A.7", "C.1.1", "C.3", "C.12", "G"],
  fields: [
    f.select("rule", "Time limit", limitOptions, { default: "grievance-step1" }),
    f.date("from", "Trigger date (day 0)", { default: "today", hint: "For a notice due before an event, the date of the event." }),
    f.optionalDate("awareness", "Date the party became reasonably aware", { hint: "A.6.2.b Step One only: the later date governs." }),
    f.optionalSelect("profile", "Working-day calendar", profileOptions, { hint: "Leave blank for the agreement's default (WD-A)." }),
  ],
  compute: (i, policies) => {
    const r = sd73TimeLimit({ rule: i.rule, from: i.from, ...(i.awareness ? { awareness: i.awareness } : {}), ...(i.profile ? { profile: i.profile } : {}), ...(policies ? { policies } : {}) });
    const figures: Figure[] = [plain("Article", r.article), plain("Count", `${r.n} (${r.kind.replace(/-/g, " ")})`)];
    if (r.profile) figures.push(plain("Calendar profile", sd73Calendars.profiles[r.profile as keyof typeof sd73Calendars.profiles]?.label ?? r.profile));
    if (r.windowOpens) figures.push(plain("Window opens", r.windowOpens));
    if (r.possibleOuterDate) figures.push(plain("On school days in session (WD-B)", r.possibleOuterDate));
    if (r.lastWorkingDayOnOrBefore) figures.push(plain("Last working day on or before", r.lastWorkingDayOnOrBefore));
    figures.push(plain("Days skipped", r.skipped.length ? r.skipped.join(", ") : "none"));
    return { headline: plain("Due date", r.date), figures, explanation: r, warnings: r.warnings };
  },
});

export const ttocSeniorityCredit = defineCalculator({
  id: "ttoc-seniority-credit",
  agreement: A,
  title: "Seniority from TTOC days",
  summary: "Seniority credited for TTOC days worked: a half day or a full day each.",
  articles: ["C.2.3.a", "C.2.3.b.i"],
  fields: [f.numberList("fractions", "Fraction of a day worked, one per day (comma-separated)", { default: "1, 0.5", hint: "e.g. 1, 0.5, 0.75" })],
  errorField: (field) => (field.startsWith("fractionsWorked") ? "fractions" : undefined),
  compute: (i) => {
    const r = sd73TtocSeniorityCredit({ fractionsWorked: i.fractions });
    return { headline: plain("Seniority days credited", r.totalDays), figures: [plain("Per day", r.credited.join(", "))], explanation: r };
  },
});

/** "2022-23: 150" per line → { schoolYear, creditedDays }; a malformed line is reported on the field. */
function yearLines(lines: string[]): { schoolYear: string; creditedDays: number }[] | string {
  const out: { schoolYear: string; creditedDays: number }[] = [];
  for (const l of lines) {
    const m = /^(\d{4}-\d{2})\s*[:\s]\s*(\d+(?:\.\d+)?)$/.exec(l);
    if (!m) return `"${l}" is not "school year: days", e.g. 2024-25: 60.`;
    out.push({ schoolYear: m[1], creditedDays: Number(m[2]) });
  }
  return out;
}

export const seniorityTotal = defineCalculator({
  id: "seniority-total",
  agreement: A,
  title: "Seniority total over school years",
  summary: "Seniority from days credited per school year, each year capped at 189 days, plus ported years.",
  articles: ["C.2.3.b", "C.2.5", "C.2.2"],
  fields: [
    f.lines("years", "Days credited per school year (one line each)", { default: "2022-23: 150\n2023-24: 200\n2024-25: 60", hint: "One line per school year, e.g. 2024-25: 60." }),
    f.optionalNumber("portedYears", "Years ported from other BC districts (C.2.2)", { min: "0" }),
  ],
  check: (i) => {
    const y = yearLines(i.years);
    return typeof y === "string" ? { years: y } : null;
  },
  compute: (i) => {
    const years = yearLines(i.years) as { schoolYear: string; creditedDays: number }[];
    const r = sd73SeniorityTotal({ years, ...(i.portedYears !== undefined ? { portedYears: i.portedYears } : {}) });
    return {
      headline: plain("Seniority (days)", r.totalDays),
      figures: [
        plain("Years (decimal)", r.decimalYears),
        plain("Years, months, days", `${r.asYMD.years} y, ${r.asYMD.months} m, ${r.asYMD.days} d`),
        plain("Days counted per year (capped)", r.cappedDaysPerYear.join(", ")),
        plain("Ported days", r.portedDays),
      ],
      explanation: r,
    };
  },
});
