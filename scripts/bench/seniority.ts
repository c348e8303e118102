/**
 * Seniority list latency (issue: a 6,000-employee district with 10 years of ledger renders in
 * < 300 ms p95). Adds 6,000 SD73 teachers numbered B7300001… with their ledger (2015-16 to
 * 2024-25) and summaries to DATABASE_URL (reused when present; BENCH_CLEAN=1 removes them after),
 * then times buildSeniorityList exactly as the list page calls it: the summary query, the
 * as-of sums and the C.2.7.c order. Numbers to read, not a timed test.
 */
import { db } from "../../lib/db";
import { loadActor } from "../../lib/dal/actor";
import { buildSeniorityList } from "../../lib/dal/seniority-list";
import { sd73Employees } from "../../lib/demo/factories";
import { summaryHorizon } from "../../lib/seniority/summary";
import { summaryRow } from "../../lib/seniority/summary-row";
import type { LedgerRecord } from "../../lib/seniority/types";

const rec = (r: Partial<LedgerRecord> & Pick<LedgerRecord, "kind" | "startDate">): LedgerRecord => ({ endDate: null, fteMilli: null, quantity: null, reason: null, ...r });

const COUNT = Number(process.env.BENCH_EMPLOYEES ?? 6000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const PREFIX = "B73";
const day = (iso: string) => new Date(iso + "T00:00:00Z");
const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];

/** Ten school years of ledger for every bench teacher: contracts or TTOC days each year, some leaves. */
function people() {
  return sd73Employees(COUNT, 7373).map((e, i) => {
    const records: LedgerRecord[] = [];
    for (let y = 2015; y <= 2024; y++) {
      const sy = { startDate: `${y}-09-01`, endDate: `${y + 1}-06-30` };
      if (e.employmentType === "TTOC") records.push(rec({ kind: "TTOC_DAYS", ...sy, quantity: 60 + ((i * 37 + y * 11) % 280) }));
      else records.push(rec({ kind: "TEMPORARY_CONTRACT", ...sy, fteMilli: e.fteMilli || 1000 }));
    }
    if (e.employmentType !== "TTOC" && i % 9 === 0) records.push(rec({ kind: "LEAVE", startDate: "2019-09-03", endDate: "2020-01-31", reason: "long-term-unpaid" }));
    if (i % 13 === 0) records.push(rec({ kind: "PORTED_SENIORITY", startDate: "2015-09-01", quantity: 189 * (1 + (i % 5)) }));
    return { ...e, employeeNumber: `${PREFIX}${String(i + 1).padStart(5, "0")}`, hireDate: "2015-08-20", records };
  });
}

async function ensureDistrict() {
  const prisma = await db();
  const org = await prisma.organization.findUniqueOrThrow({ where: { code: "SD73" } });
  const agreement = await prisma.agreement.findUniqueOrThrow({ where: { rulesId: "sd73-teachers" } });
  const have = await prisma.employee.count({ where: { organizationId: org.id, employeeNumber: { startsWith: PREFIX } } });
  if (have >= COUNT) return { created: false, seconds: 0 };
  const t0 = performance.now();
  await prisma.employee.deleteMany({ where: { organizationId: org.id, employeeNumber: { startsWith: PREFIX } } });
  const ps = people();
  for (let k = 0; k < ps.length; k += 1000) {
    const chunk = ps.slice(k, k + 1000);
    await prisma.employee.createMany({
      data: chunk.map(({ serviceRecords: _s, records: _r, hireDate, applicationDate, ...e }) => ({ ...e, organizationId: org.id, agreementId: agreement.id, hireDate: day(hireDate), applicationDate: applicationDate ? day(applicationDate) : null })),
    });
    const ids = new Map((await prisma.employee.findMany({ where: { organizationId: org.id, employeeNumber: { in: chunk.map((c) => c.employeeNumber) } }, select: { id: true, employeeNumber: true } })).map((e) => [e.employeeNumber, e.id]));
    await prisma.serviceRecord.createMany({
      data: chunk.flatMap((c) => c.records.map((r) => ({ ...r, employeeId: ids.get(c.employeeNumber)!, startDate: day(r.startDate), endDate: r.endDate ? day(r.endDate) : null }))),
    });
    const horizon = summaryHorizon(new Date().toISOString().slice(0, 10));
    await prisma.senioritySummary.createMany({
      data: chunk.map((c) => {
        const row = summaryRow("sd73-teachers", { employmentType: c.employmentType, classification: c.classification, hireDate: c.hireDate, applicationDate: c.applicationDate }, c.records, horizon);
        return { ...row, employeeId: ids.get(c.employeeNumber)!, organizationId: org.id, agreementId: agreement.id };
      }),
    });
  }
  return { created: true, seconds: (performance.now() - t0) / 1000 };
}

export async function run() {
  const prisma = await db();
  const seeded = await ensureDistrict();
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "hr.sd73@accord.test" } });
  const actor = await loadActor(admin.id);
  const records = await prisma.serviceRecord.count({ where: { employee: { employeeNumber: { startsWith: PREFIX } } } });
  const dates = ["2025-05-01", "2024-05-01", "2025-11-15", "2023-05-01", "2026-05-01"];
  let n = 0;
  for (const d of dates) n = (await buildSeniorityList(actor, "sd73-teachers", d)).rows.length; // warm-up
  const times: number[] = [], cpus: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const d of dates) {
      const c = process.cpuUsage(), t = performance.now();
      await buildSeniorityList(actor, "sd73-teachers", d);
      times.push(performance.now() - t);
      const u = process.cpuUsage(c);
      cpus.push((u.user + u.system) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  console.log(
    `seniority list (SD73, ${n} teachers, ${records} bench ledger rows${seeded.created ? `, seeded in ${seeded.seconds.toFixed(1)} s` : ""}): ${times.length} lists — ` +
      `wall p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms; ` +
      `server CPU p50 ${pct(cpus, 50).toFixed(1)} ms, p95 ${pct(cpus, 95).toFixed(1)} ms (load average ${(await import("node:os")).loadavg()[0].toFixed(1)}); target p95 < 300 ms`,
  );
  if (process.env.BENCH_CLEAN === "1") await prisma.employee.deleteMany({ where: { employeeNumber: { startsWith: PREFIX } } });
  return { p50: pct(times, 50), p95: pct(times, 95) };
}
