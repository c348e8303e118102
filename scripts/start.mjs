// npm start / npm run dev: prepares the database, then runs Next.
// With no DATABASE_URL the embedded PostgreSQL (PGlite) under .data/ is migrated, seeded on first start,
// and given a generated AUTH_SECRET, so a fresh clone runs with `npm ci && npm start`.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";

const dev = process.argv.includes("--dev");
if (existsSync(".env")) process.loadEnvFile(".env");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true" };
const embedded = !env.DATABASE_URL;

// Migrations and the seed go straight to PostgreSQL when DIRECT_URL is set (e.g. DATABASE_URL points at PgBouncer in
// transaction pooling, where the schema engine's session advisory lock cannot be held).
const directEnv = env.DIRECT_URL ? { ...env, DATABASE_URL: env.DIRECT_URL } : env;

function run(label, cmd, args) {
  const t = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: directEnv });
  if (r.status !== 0) {
    console.error(`\n${label} failed (exit ${r.status}). Nothing was started.`);
    process.exit(r.status ?? 1);
  }
  console.log(`${label}: done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

if (embedded) {
  mkdirSync(".data", { recursive: true });
  if (!env.AUTH_SECRET) {
    const file = ".data/auth-secret";
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    env.AUTH_SECRET = readFileSync(file, "utf8").trim();
  }
  console.log("Using the embedded database in .data/pglite (set DATABASE_URL to use a PostgreSQL server).");
} else if (!env.AUTH_SECRET) {
  console.error("AUTH_SECRET is not set. Set it (32+ random characters) when DATABASE_URL is set; see .env.example.");
  process.exit(1);
}

run("Database migrations", "node", ["scripts/db.mjs", "deploy"]);
if (embedded && !existsSync(".data/seeded")) {
  run("Demo data", "npx", ["tsx", "prisma/seed.ts"]);
  writeFileSync(".data/seeded", new Date().toISOString());
}
if (!dev && !existsSync(`${env.NEXT_DIST_DIR || ".next"}/BUILD_ID`)) run("Production build (first start only)", "npx", ["next", "build"]);

const port = env.PORT ?? "3000";
const child = spawn("npx", ["next", dev ? "dev" : "start", "-p", port, ...process.argv.slice(2).filter((a) => a !== "--dev")], { stdio: "inherit", env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
