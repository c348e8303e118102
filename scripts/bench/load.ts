/**
 * Load benchmark (npm run bench -- load): signed-in pages under 1, 10 and 50 concurrent connections, measured with
 * autocannon against `next start` on loopback, on PostgreSQL (when DATABASE_URL is a postgresql:// URL) and on the
 * embedded PGlite default (a fresh database in a temporary folder, migrated and seeded first). Prints p50/p99
 * latency, requests/s, errors and non-2xx answers per case, and each page's throughput as a ratio to /login's on the
 * same server in the same run. Needs a production build (`npx next build`).
 * Env: BENCH_LOAD_SECONDS (default 20), BENCH_LOAD_CONNECTIONS (default "1,10,50"), BENCH_LOAD_TARGETS ("pg,embedded,two-instances";
 * the last starts PgBouncer in transaction pooling and two instances sharing the load round-robin),
 * BENCH_LOAD_PAGES (labels to keep, e.g. "dashboard,login").
 */
import autocannon from "autocannon";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { firstLink, runOrThrow, signIn, startServer } from "./support/server";

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const CONNECTIONS = (process.env.BENCH_LOAD_CONNECTIONS ?? "1,10,50").split(",").map(Number);
const TARGETS = (process.env.BENCH_LOAD_TARGETS ?? "pg,embedded,two-instances").split(",");
const ONLY = process.env.BENCH_LOAD_PAGES?.split(",");

interface Case { label: string; path: string; cookie?: string }
interface Row { target: string; label: string; connections: number; p50: number; p99: number; rps: number; errors: number; non2xx: number }

/** Connections are spread round-robin over the servers given (one, or two instances behind no balancer). */
function measure(urls: string[], connections: number, cookie?: string): Promise<autocannon.Result> {
  // autocannon spreads clients round-robin over an array of URLs, which its types do not declare.
  return autocannon({ url: (urls.length === 1 ? urls[0] : urls) as string, connections, duration: SECONDS, headers: cookie ? { cookie } : {}, timeout: 10 });
}

async function cases(base: string): Promise<Case[]> {
  const steward = await signIn(base, "steward.ktta@accord.test");
  const hr = await signIn(base, "hr.sd73@accord.test");
  const grievance = await firstLink(base, steward, "/grievances", /^\/grievances\/[a-z0-9]{20,}$/);
  const seniority = await firstLink(base, steward, "/seniority", /^\/seniority\/sd73-teachers\?asOf=/);
  const period = await firstLink(base, hr, "/ttoc", /^\/ttoc\/[a-z0-9]{20,}$/);
  const all: Case[] = [
    { label: "login (static)", path: "/login" },
    { label: "home (steward)", path: "/", cookie: steward },
    { label: "dashboard (steward)", path: "/grievances", cookie: steward },
    { label: "grievance (steward)", path: grievance, cookie: steward },
    { label: "seniority list (steward)", path: seniority, cookie: steward },
    { label: "TTOC period (HR clerk)", path: period, cookie: hr },
  ];
  return all.filter((c) => !ONLY || ONLY.some((o) => c.label.startsWith(o)));
}

async function benchTarget(target: string, env: Record<string, string>, ports: number[]): Promise<Row[]> {
  const servers = await Promise.all(ports.map((port) => startServer(port, env)));
  const rows: Row[] = [];
  try {
    for (const c of await cases(servers[0].url)) {
      const urls = servers.map((s) => s.url + c.path);
      // Warm the route on every instance before measuring.
      for (const u of urls) await measure([u], 2, c.cookie).catch(() => undefined);
      for (const n of CONNECTIONS) {
        const r = await measure(urls, n, c.cookie);
        rows.push({ target, label: c.label, connections: n, p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, errors: r.errors + r.timeouts, non2xx: r.non2xx });
        console.log(`  ${target} · ${c.label} · ${n} conn: p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.requests.average.toFixed(1)} req/s, ${r.errors + r.timeouts} errors, ${r.non2xx} non-2xx`);
      }
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
  return rows;
}

function print(rows: Row[]) {
  const login = new Map(rows.filter((r) => r.label.startsWith("login")).map((r) => [`${r.target}:${r.connections}`, r.rps]));
  console.log("\n| target | page | conn | p50 ms | p99 ms | req/s | errors | non-2xx | vs /login |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    const base = login.get(`${r.target}:${r.connections}`);
    const ratio = base ? `${((r.rps / base) * 100).toFixed(1)} %` : "—";
    console.log(`| ${r.target} | ${r.label} | ${r.connections} | ${r.p50} | ${r.p99} | ${r.rps.toFixed(1)} | ${r.errors} | ${r.non2xx} | ${ratio} |`);
  }
}

export async function run() {
  const rows: Row[] = [];
  const pg = process.env.DATABASE_URL;
  if (TARGETS.includes("pg")) {
    if (pg?.startsWith("postgres")) rows.push(...(await benchTarget("postgresql", { DATABASE_URL: pg }, [3311])));
    else console.log("load: PostgreSQL skipped (set DATABASE_URL to a seeded PostgreSQL database)");
  }
  if (TARGETS.includes("two-instances") && pg?.startsWith("postgres")) {
    // Two instances on one PostgreSQL through PgBouncer in transaction pooling, on the server of DATABASE_URL.
    const u = new URL(pg);
    const dir = mkdtempSync(path.join(tmpdir(), "accord-bouncer-"));
    const bouncerEnv = { PGPORT: u.port || "5432", BOUNCER_PORT: "64311", BOUNCER_DIR: dir };
    runOrThrow("bash", ["scripts/pgbouncer.sh", "start"], bouncerEnv);
    try {
      const viaBouncer = `postgresql://${u.username}@127.0.0.1:64311${u.pathname}`;
      rows.push(...(await benchTarget("2 instances + PgBouncer", { DATABASE_URL: viaBouncer, DIRECT_URL: pg }, [3313, 3314])));
    } finally {
      runOrThrow("bash", ["scripts/pgbouncer.sh", "stop"], bouncerEnv);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (TARGETS.includes("embedded")) {
    const dir = mkdtempSync(path.join(tmpdir(), "accord-load-"));
    const url = `pglite:${dir}/pglite`;
    try {
      console.log(`load: preparing an embedded database in ${dir} (migrations and demo data)…`);
      runOrThrow("node", ["scripts/db.mjs", "deploy"], { DATABASE_URL: url });
      runOrThrow("npx", ["tsx", "prisma/seed.ts"], { DATABASE_URL: url });
      rows.push(...(await benchTarget("embedded", { DATABASE_URL: url }, [3312])));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  print(rows);
}
