// Server CPU per page view in a real browser (Debian Chromium), prefetches included: what a person opening a page
// costs the server, which an HTTP load generator does not see. Usage, against a running server:
// BASE=http://127.0.0.1:3000 SERVER_PID=<pid of next-server> npx tsx scripts/bench/support/view-cost.mts <email> <path>…
import { chromium } from "@playwright/test";
import { processCpuMs } from "./proc-cpu.ts";

const base = process.env.BASE ?? "http://127.0.0.1:3000";
const pid = process.env.SERVER_PID;
if (!pid) throw new Error("Set SERVER_PID to the server's process id (pgrep -f next-server).");
const cpuMs = () => processCpuMs([pid]);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
await page.goto(`${base}/login`);
await page.getByLabel("Email").fill(process.argv[2]);
await page.getByLabel("Password").fill(process.env.PASSWORD ?? "accord-demo");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL((u) => !u.pathname.startsWith("/login"));
await page.waitForLoadState("networkidle");
for (const path of process.argv.slice(3)) {
  for (let k = 0; k < 3; k++) {
    let requests = 0, prefetches = 0;
    const count = (r: { url(): string; headers(): Record<string, string> }) => {
      if (!r.url().startsWith(base) || r.url().includes("/_next/static")) return;
      requests++;
      if (r.headers()["next-router-prefetch"]) prefetches++;
    };
    page.on("request", count);
    const c0 = cpuMs();
    await page.goto(base + path);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1500); // prefetches of links in view start after load
    page.off("request", count);
    console.log(`${path}: server CPU ${cpuMs() - c0} ms for one view, ${requests} requests (${prefetches} prefetches)`);
  }
}
await browser.close();
