/**
 * Retro benchmark: 30,000 approved TTOC days (the ttoc benchmark's period, approved), a 3% Appendix A grid entered
 * effective 2025-03-01, then runRetro into an open period (target < 5 s), and a second run (idempotent: writes
 * nothing). Needs DATABASE_URL (PostgreSQL, demo seed). Removes what it adds. Run: npm run bench -- retro
 */
import { db } from "@/lib/db";
import { loadActor } from "@/lib/dal/actor";
import { runPayPeriod } from "@/lib/dal/ttoc";
import { runRetro } from "@/lib/dal/ttoc-retro";
import { gwiGrid, parsePercent } from "@/lib/rules/parameters/new-values";
import { kam2024 } from "@/lib/rules/sd73-teachers/parameters/salary-grid-cells";
import { cleanup as cleanupTtoc, setup } from "./ttoc";

const d = (iso: string) => new Date(iso + "T00:00:00Z");
const CITE = "Retro benchmark MOA";

async function cleanup() {
  const prisma = await db();
  await prisma.payPeriod.deleteMany({ where: { startDate: d("2025-04-01"), organization: { code: "SD73" } } });
  await prisma.payLine.deleteMany({ where: { parameterValue: { citation: CITE } } });
  await prisma.parameterValue.deleteMany({ where: { citation: CITE } });
  await cleanupTtoc();
}

export async function run() {
  if (!process.env.DATABASE_URL?.startsWith("postgres")) return console.log("retro: skipped (needs PostgreSQL)");
  const prisma = await db();
  await cleanup();
  const { period, callouts } = await setup();
  const hr = await loadActor((await prisma.user.findUniqueOrThrow({ where: { email: "hr.sd73@accord.test" } })).id);
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@accord.test" } });
  const r = await runPayPeriod(hr, period.id);
  if (!r.ok) throw new Error(r.message);
  await prisma.payPeriod.update({ where: { id: period.id }, data: { status: "APPROVED", approvedAt: new Date() } });
  const agreement = await prisma.agreement.findUniqueOrThrow({ where: { rulesId: "sd73-teachers" } });
  const pv = await prisma.parameterValue.create({ data: {
    agreementId: agreement.id, seriesId: "sd73.appendix-a.kamloops", effectiveDate: d("2025-03-01"), value: gwiGrid({ key: "KAM-2024", rows: kam2024 }, parsePercent("3"), "KAM-2024R") as object,
    citation: CITE, citationDate: d("2026-11-20"), method: "benchmark", enteredById: admin.id,
  } });
  const open = await prisma.payPeriod.create({ data: { organizationId: agreement.organizationId, startDate: d("2025-04-01"), endDate: d("2025-04-15") } });
  let t = performance.now();
  const first = await runRetro(hr, open.id, pv.id);
  const ms1 = performance.now() - t;
  t = performance.now();
  const second = await runRetro(hr, open.id, pv.id);
  const ms2 = performance.now() - t;
  console.log(`retro: ${callouts} approved callouts (${r.count} lines); first run ${ms1.toFixed(0)} ms → ${JSON.stringify(first)} (target < 5000 ms); second run ${ms2.toFixed(0)} ms → ${JSON.stringify(second)}`);
  await cleanup();
}
