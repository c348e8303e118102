/**
 * Import-stall benchmark on the embedded default (PGlite: one process, one connection): a 10,000-row employee CSV is
 * validated and imported while another user's page reads the employee list every 25 ms. Prints the import's time, the
 * reads' p50/max latency and the worst event-loop delay. Target: no read waits 1 s or more.
 * Uses a fresh PGlite directory (migrated and seeded here, removed at the end). Run: npm run bench -- import-stall
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { runOrThrow } from "./support/server";

const ROWS = 10_000;

function csv(prefix: string): string {
  const head = "employeeNumber,firstName,lastName,status,employmentType,certificated,teacherCategory,teacherStep,fte,hireDate";
  const lines = Array.from({ length: ROWS }, (_, i) =>
    `${prefix}${String(i).padStart(5, "0")},Bench,Teacher ${i},ACTIVE,CONTINUING,true,5,${i % 11},1.000,2015-0${1 + (i % 9)}-01`);
  return [head, ...lines].join("\n");
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

export async function run() {
  if (process.env.DATABASE_URL && !process.env.DATABASE_URL.startsWith("pglite:")) return console.log("import-stall: skipped (runs on the embedded default; unset DATABASE_URL)");
  const dir = mkdtempSync(path.join(tmpdir(), "accord-bench-import-"));
  process.env.DATABASE_URL = `pglite:${dir}`;
  try {
    let t = Date.now();
    runOrThrow("node", ["scripts/db.mjs", "deploy"], { DATABASE_URL: process.env.DATABASE_URL });
    runOrThrow("npx", ["tsx", "prisma/seed.ts"], { DATABASE_URL: process.env.DATABASE_URL });
    console.log(`import-stall: embedded database migrated and seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    const { db } = await import("@/lib/db");
    const { loadActor } = await import("@/lib/dal/actor");
    const { importEmployees, listEmployees } = await import("@/lib/dal/employees");
    const { validateEmployeeCsvChunked } = await import("@/lib/schemas/employee-csv");
    const prisma = await db();
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "hr.sd73@accord.test" } });
    const hr = await loadActor(user.id);
    const org = await prisma.organization.findUniqueOrThrow({ where: { code: "SD73" } });

    const phases: string[] = [];
    const importOnce = async (prefix: string) => {
      let s = Date.now();
      const checked = await validateEmployeeCsvChunked(csv(prefix), "sd73-teachers");
      if (!checked.ok) throw new Error(checked.message);
      phases.push(`validate ${Date.now() - s} ms`);
      s = Date.now();
      const r = await importEmployees(hr, org.id, checked.rows);
      if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
      phases.push(`write ${Date.now() - s} ms`);
      return r.count;
    };

    t = Date.now();
    await importOnce("B1");
    const alone = Date.now() - t;

    await listEmployees(hr, { page: 1 }); // warm
    const reads: number[] = [];
    const startedAt: number[] = [];
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    let importing = true;
    const reader = (async () => {
      while (importing) {
        const s = performance.now();
        startedAt.push(Date.now());
        await listEmployees(hr, { page: 1, q: "Teacher" });
        reads.push(performance.now() - s);
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    t = Date.now();
    const count = await importOnce("B2");
    const during = Date.now() - t;
    importing = false;
    await reader;
    loop.disable();

    console.log(`import-stall: ${count} rows validated and imported in ${(alone / 1000).toFixed(2)} s alone, ${(during / 1000).toFixed(2)} s with a reader`);
    console.log(`import-stall: ${reads.length} employee-list reads during the import: p50 ${pct(reads, 0.5).toFixed(0)} ms, max ${Math.max(...reads).toFixed(0)} ms (target < 1000 ms)`);
    console.log(`import-stall: phases ${phases.join(", ")}; reads started at +${startedAt.map((x) => x - t).join(", +")} ms`);
    console.log(`import-stall: worst event-loop delay ${(loop.max / 1e6).toFixed(0)} ms`);
    await prisma.$disconnect();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
