/**
 * Starting Accord servers and signing in over HTTP, for benchmarks and the scale-out check.
 * Loopback only: every server here is started by the script on 127.0.0.1 and stopped at the end.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";

export interface Server { url: string; child: ChildProcess; stop: () => Promise<void> }

const SECRET = "bench-only-secret-0123456789abcdef0123";

/** Runs a one-off command with the given environment; throws with its output when it fails. */
export function runOrThrow(cmd: string, args: string[], env: Record<string, string>) {
  const r = spawnSync(cmd, args, { env: { ...process.env, ...env }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
}

/** Starts `next start` (through scripts/start.mjs) on a port and waits until /login answers. */
export async function startServer(port: number, env: Record<string, string>): Promise<Server> {
  const child = spawn("node", ["scripts/start.mjs"], {
    env: { ...process.env, AUTH_SECRET: SECRET, AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server on port ${port} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/login`)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`the server on port ${port} did not answer within 180 s`);
    await new Promise((r) => setTimeout(r, 300));
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    try { process.kill(-child.pid!, "SIGTERM"); } catch { /* already gone */ }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  };
  return { url, child, stop };
}

/** The cookies a response sets, the last one of each name winning as in a browser (the proxy and the route may both set one). */
function cookiesOf(res: Response): string[] {
  const byName = new Map<string, string>();
  for (const c of res.headers.getSetCookie()) {
    const pair = c.split(";")[0];
    byName.set(pair.slice(0, pair.indexOf("=")), pair);
  }
  return [...byName.values()];
}

/** Signs in through Auth.js's credentials endpoint and returns the Cookie header of the session. */
export async function signIn(baseUrl: string, email: string, password = "accord-demo"): Promise<string> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/` }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`signing in as ${email} failed (status ${res.status})`);
  return session;
}

/** The first link on a signed-in page whose path matches the pattern (e.g. a grievance or a period). */
export async function firstLink(baseUrl: string, cookie: string, page: string, pattern: RegExp): Promise<string> {
  const html = await (await fetch(`${baseUrl}${page}`, { headers: { cookie } })).text();
  for (const m of html.matchAll(/href="([^"]+)"/g)) {
    const href = m[1].replace(/&amp;/g, "&");
    if (pattern.test(href)) return href;
  }
  throw new Error(`no link matching ${pattern} on ${page}`);
}
