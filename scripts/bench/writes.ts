/**
 * Irreversible actions on the demo data (or at district scale, after `npm run bench -- seniority`), timed through the same DAL calls the pages make: run and approve the open
 * SD73 TTOC pay period, publish the SD73 and SD71 seniority lists, and confirm an SD73 and an SD71 layoff scenario
 * (target < 2 s each). These change the demo data for good, so the benchmark runs only with BENCH_WRITES=1 on a
 * throwaway database (`createdb accord_bench && DATABASE_URL=…/accord_bench npm run db:setup`).
 * Run: BENCH_WRITES=1 DATABASE_URL=… npm run bench -- writes
 */
import { db } from "@/lib/db";
import { loadActor } from "@/lib/dal/actor";
import { approvePayPeriod, runPayPeriod } from "@/lib/dal/ttoc";
import { publishSeniorityList } from "@/lib/dal/seniority-published";
import { confirmScenario, createScenario, layoffFormOptions } from "@/lib/dal/layoffs";
import { latestOfficialDate } from "@/lib/seniority/official";
import { todayInBC } from "@/lib/dal/dates";
import { defaultEffectiveDate } from "@/lib/layoffs/effective-date";

/** A timer that reports each call against a target (2 s on the demo data, 5 s at district scale). */
const timer = (targetMs: number) => async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const r = await fn();
  const ms = performance.now() - t;
  const target = `${targetMs / 1000} s`;
  console.log(`  ${label}: ${ms.toFixed(0)} ms ${ms < targetMs ? `(< ${target})` : `(over the ${target} target)`} → ${JSON.stringify(r).slice(0, 120)}`);
  return r;
}

export async function run() {
  if (process.env.BENCH_WRITES !== "1") return console.log("writes: skipped (changes the demo data for good: set BENCH_WRITES=1 on a throwaway database)");
  const prisma = await db();
  const actorOf = async (email: string) => loadActor((await prisma.user.findUniqueOrThrow({ where: { email } })).id);
  const hr73 = await actorOf("hr.sd73@accord.test");
  const hr71 = await actorOf("hr.sd71@accord.test");
  const today = todayInBC();
  const count = (code: string) => prisma.employee.count({ where: { organization: { code } } });
  // On the demo data, or at district scale after `npm run bench -- seniority` added its 6,000 SD73 teachers.
  const [sd73Count, sd71Count] = [await count("SD73"), await count("SD71")];
  const targetMs = sd73Count + sd71Count > 2000 ? 5000 : 2000;
  const timed = timer(targetMs);
  console.log(`writes (${sd73Count} SD73 and ${sd71Count} SD71 employees; target ${targetMs / 1000} s each):`);

  const period = await prisma.payPeriod.findFirst({ where: { status: "OPEN", organization: { code: "SD73" } }, orderBy: { startDate: "asc" } });
  if (period) {
    await timed("run the open SD73 TTOC period", () => runPayPeriod(hr73, period.id));
    await timed("approve it", () => approvePayPeriod(hr73, period.id));
  } else console.log("  no open SD73 period");

  await timed("publish the SD73 regular seniority list", () => publishSeniorityList(hr73, "sd73-teachers", latestOfficialDate("sd73-teachers", today), "REGULAR"));
  await timed("publish the SD71 regular seniority list", () => publishSeniorityList(hr71, "sd71-cupe439", latestOfficialDate("sd71-cupe439", today), "REGULAR"));

  const sd73 = await createScenario(hr73, "sd73-teachers", "Bench: 2 FTE", { cut: { agreement: "sd73-teachers", kind: "fte", fteMilli: 2000 }, effectiveDate: defaultEffectiveDate("sd73-teachers", today) });
  if (sd73.ok) await timed("confirm an SD73 layoff of 2 FTE", () => confirmScenario(hr73, sd73.id));
  const options = await layoffFormOptions(hr71, "sd71-cupe439");
  const first = options.groups.flatMap((g) => g.options)[0];
  const sd71 = first ? await createScenario(hr71, "sd71-cupe439", "Bench: one position", { cut: { agreement: "sd71-cupe439", eliminate: [first.value], qualificationBasis: "classification" }, effectiveDate: defaultEffectiveDate("sd71-cupe439", today) }) : null;
  if (sd71?.ok) await timed("confirm an SD71 layoff of one position (with bumping)", () => confirmScenario(hr71, sd71.id));
}
