import { defineConfig, devices } from "@playwright/test";

// Scale-out check: two `next start` instances on one PostgreSQL through PgBouncer in transaction pooling
// (started by scripts/test-all.sh with scripts/pgbouncer.sh). SCALE_DATABASE_URL is the PgBouncer URL and
// DATABASE_URL the server itself, which migrations use (DIRECT_URL).
const PORTS = [Number(process.env.SCALE_PORT_A ?? 3201), Number(process.env.SCALE_PORT_B ?? 3202)];
const bouncer = process.env.SCALE_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:64329/app";

export default defineConfig({
  testDir: "e2e",
  testMatch: /.*\.scale\.ts/,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: { trace: "retain-on-failure" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"] },
      },
    },
  ],
  webServer: PORTS.map((port) => ({
    command: "node scripts/start.mjs",
    url: `http://127.0.0.1:${port}/login`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: bouncer, DIRECT_URL: process.env.DATABASE_URL ?? "" },
  })),
});
