/**
 * Grievance dashboard benchmark: with 20,000 grievances in one local (KTTA), the server time
 * of the dashboard's data (lib/dal listGrievances: the page of rows, the due-soon and overdue
 * counts) for a steward of that local. Target: p95 < 150 ms. Needs DATABASE_URL (PostgreSQL);
 * the rows it adds are summarized "BENCH …" and removed at the end.
 * Run: npm run bench -- grievances
 */
import { db } from "@/lib/db";
import { loadActor } from "@/lib/dal/actor";
import { listGrievances } from "@/lib/dal/grievances";
import { todayInBc } from "@/lib/dal/grievance-scope";
import { workingDaysUntil, type GrievanceAgreement } from "@/lib/rules/grievances";

const N = 20_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);

function percentile(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

export async function run() {
  if (!process.env.DATABASE_URL?.startsWith("postgres")) {
    console.log("grievances: skipped (set DATABASE_URL to a PostgreSQL database with the demo seed)");
    return;
  }
  const prisma = await db();
  const agreement = await prisma.agreement.findUniqueOrThrow({ where: { rulesId: "sd73-teachers" } });
  const steward = await prisma.user.findUniqueOrThrow({ where: { email: "steward.ktta@accord.test" } });
  await prisma.grievance.deleteMany({ where: { summary: { startsWith: "BENCH " } } });
  const today = todayInBc();
  const base = Date.parse(today + "T00:00:00Z");
  const iso = (offset: number) => new Date(base + offset * 86_400_000);
  const statuses = ["OPEN", "OPEN", "OPEN", "AT_ARBITRATION", "RESOLVED", "WITHDRAWN"] as const;
  const t0 = performance.now();
  for (let i = 0; i < N; i += 2000) {
    await prisma.grievance.createMany({
      data: Array.from({ length: Math.min(2000, N - i) }, (_, k) => {
        const j = i + k;
        const status = statuses[j % statuses.length];
        const open = status === "OPEN" || status === "AT_ARBITRATION";
        return {
          agreementId: agreement.id, organizationId: agreement.organizationId, localId: agreement.localId,
          year: 1900 + Math.floor(j / 1000), number: (j % 1000) + 1, type: j % 7 ? "LOCAL_MATTER" : "PROVINCIAL_MATTER", policy: j % 5 === 0,
          articles: ["C.2.1"], summary: `BENCH grievance ${j}`, remedy: "—", violationDate: iso(-(j % 400) - 30), status,
          nextDue: open ? iso((j % 90) - 30) : null, nextAction: open ? "Refer the grievance to Step Three by letter" : null, nextArticle: open ? "A.6.4.a" : null,
          filedById: steward.id,
        };
      }),
    });
  }
  console.log(`grievances: inserted ${N.toLocaleString("en-CA")} grievances in KTTA in ${Math.round(performance.now() - t0)} ms`);
  const actor = await loadActor(steward.id);
  const cases = [
    ["open, soonest first", { status: "open", due: "all", page: 1 }],
    ["due in the next 10 working days", { status: "open", due: "soon", page: 1 }],
    ["overdue", { status: "open", due: "overdue", page: 1 }],
    ["all, page 200", { status: "all", due: "all", page: 200 }],
  ] as const;
  try {
    for (const [label, f] of cases) {
      // What the page's server side does: the query, then the working days left of each row shown.
      const page = async () => {
        const list = await listGrievances(actor, { ...f }, today);
        for (const r of list.rows) if (r.nextDue) workingDaysUntil(r.agreement.rulesId as GrievanceAgreement, r.calendarProfile, today, r.nextDue.toISOString().slice(0, 10));
      };
      for (let k = 0; k < 5; k++) await page(); // warm-up
      const times: number[] = [];
      for (let k = 0; k < ROUNDS; k++) {
        const s = performance.now();
        await page();
        times.push(performance.now() - s);
      }
      const p50 = percentile(times, 50), p95 = percentile(times, 95);
      console.log(`grievances dashboard (${label}): p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${ROUNDS} requests${p95 < 150 ? "" : " — above the 150 ms target"}`);
    }
  } finally {
    if (!process.env.BENCH_KEEP) await prisma.grievance.deleteMany({ where: { summary: { startsWith: "BENCH " } } });
  }
}
