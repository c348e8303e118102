import { describe, expect, it } from "vitest";
import sd73 from "./tests/sd73-workflow.json";
import sd71 from "./tests/sd71-workflow.json";
import { nextDeadlines } from "./next-deadlines";
import type { GrievanceEventInput, GrievanceFacts } from "./types";

interface Case {
  name: string; article: string; asOf?: string; status?: string;
  grievance?: Partial<GrievanceFacts>;
  events: Array<Omit<GrievanceEventInput, "id"> & { id?: string }>;
  expected: Array<Record<string, unknown>>;
}

function run(file: { grievance: GrievanceFacts; cases: Case[] }) {
  for (const c of file.cases)
    it(`${c.name} [${c.article}]`, () => {
      const g = { ...file.grievance, ...c.grievance } as GrievanceFacts;
      const events = c.events.map((e, i) => ({ id: e.id ?? `e${i}`, ...e }));
      const r = nextDeadlines(g, events, { asOf: c.asOf });
      expect(r.status).toBe(c.status ?? (r.status === "AT_ARBITRATION" ? "AT_ARBITRATION" : "OPEN"));
      const got = r.deadlines.map((d) => ({
        ruleId: d.ruleId, due: d.due, computedDue: d.computedDue, article: d.article, extended: d.extended, paused: d.paused,
        overdue: d.overdue, workingDaysLeft: d.workingDaysLeft, party: d.party,
        profile: d.explanation.profile.id, skipped: d.explanation.skipped.map((s) => s.date),
      }));
      expect(got.map((d) => d.ruleId)).toEqual(c.expected.map((d) => d.ruleId));
      c.expected.forEach((exp, i) => expect(got[i]).toMatchObject(exp));
      for (const d of r.deadlines) {
        // Every deadline carries its article, its calendar profile and its arithmetic.
        expect(d.explanation.profile.label.length).toBeGreaterThan(5);
        expect(d.explanation.citations).toContain(d.article);
        if (d.due) expect(d.explanation.steps.join(" ")).toContain(d.due);
      }
    });
}

describe("SD73 grievance workflow (A.6, A.7)", () => run(sd73 as unknown as { grievance: GrievanceFacts; cases: Case[] }));
describe("SD71 grievance workflow (Art. 12–13)", () => run(sd71 as unknown as { grievance: GrievanceFacts; cases: Case[] }));
