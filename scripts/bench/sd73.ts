/**
 * SD73 rules benchmark: calls per second on one core, and the time to order 50,000 teachers
 * by seniority with the C.2.7.c tie-breaks. Not a timed test: numbers to read. Each figure is
 * given in wall time and in CPU time of this process (the machine may be shared; CPU time is
 * what one core spends).
 */
import { addWorkingDays } from "@/lib/rules/calendars";
import { sd73SeniorityList, ttocDailyPay, type Sd73SeniorityTeacher } from "@/lib/rules/sd73-teachers";

const fmt = (n: number) => Math.round(n).toLocaleString("en-CA");

function measure(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage(), t0 = performance.now();
  fn();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

function rate(name: string, calls: number, fn: (i: number) => unknown): void {
  for (let i = 0; i < Math.min(calls, 20_000); i++) fn(i); // warm up
  let wall = Infinity, cpu = Infinity;
  for (let round = 0; round < 3; round++) {
    const m = measure(() => {
      for (let i = 0; i < calls; i++) fn(i);
    });
    wall = Math.min(wall, m.wall);
    cpu = Math.min(cpu, m.cpu);
  }
  console.log(`${name.padEnd(52)} ${fmt(calls / (wall / 1000)).padStart(11)} calls/s wall, ${fmt(calls / (cpu / 1000)).padStart(11)} calls/s CPU`);
}

const DATES = ["2024-10-15", "2023-02-07", "2025-05-20", "2022-11-30", "2025-09-15"];
const CATS = ["4", "5", "5+", "6"] as const;
const FROMS = ["2024-09-09", "2025-06-04", "2023-11-20", "2025-01-20", "2022-10-03"];

export async function run(): Promise<void> {
  console.log("SD73 teachers (best of 3 rounds)");
  rate("ttocDailyPay (Cat 5 Step 5, full day)", 300_000, () =>
    ttocDailyPay({ date: "2024-10-15", certificated: true, category: "5", step: 5, callouts: [1] }));
  rate("ttocDailyPay (varied dates, categories, part days)", 300_000, (i) =>
    ttocDailyPay({ date: DATES[i % 5], certificated: true, category: CATS[i % 4], step: 1 + (i % 7), callouts: [i % 3 ? 1 : 0.5] }));
  rate("addWorkingDays (sd73, 30 working days)", 1_000_000, () => addWorkingDays({ agreement: "sd73-teachers", from: "2024-09-09", days: 30 }));
  rate("addWorkingDays (sd73, varied dates and counts)", 1_000_000, (i) =>
    addWorkingDays({ agreement: "sd73-teachers", from: FROMS[i % 5], days: 5 + (i % 40) }));

  // A district-sized list with realistic spreads: seniority to the half day over 0–35 years.
  let seed = 73;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const teachers: Sd73SeniorityTeacher[] = Array.from({ length: 50_000 }, (_, i) => ({
    id: `T${i}`,
    seniorityDays: rnd(189 * 35 * 2) / 2,
    boardAggregateEmploymentDays: rnd(189 * 40),
    otherAuthorityServiceYears: rnd(40) / 2,
    applicationDate: `${1985 + rnd(40)}-${String(1 + rnd(12)).padStart(2, "0")}-${String(1 + rnd(28)).padStart(2, "0")}`,
  }));
  sd73SeniorityList({ teachers }); // warm up
  let wall = Infinity, cpu = Infinity, ties = 0;
  for (let r = 0; r < 5; r++) {
    const m = measure(() => {
      ties = sd73SeniorityList({ teachers }).rows.filter((x) => x.decidedBy !== "seniority").length;
    });
    wall = Math.min(wall, m.wall);
    cpu = Math.min(cpu, m.cpu);
  }
  console.log(`${"sd73SeniorityList (50,000 teachers, tie-breaks)".padEnd(52)} ${wall.toFixed(1).padStart(11)} ms wall, ${cpu.toFixed(1).padStart(11)} ms CPU (best of 5; ${fmt(ties)} places decided by a tie-break)`);
}
