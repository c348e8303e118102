// Quick check of signed-in pages on a running server: throughput, latency and the server's CPU time per request
// (read from /proc, so it stays meaningful on a busy machine). Usage:
// BASE=http://127.0.0.1:3000 SERVER_PID=<pid> npx tsx scripts/bench/support/quick.mts <email> <path>…
import autocannon from "autocannon";
import { processCpuMs } from "./proc-cpu.ts";
import { signIn } from "./server.ts";
const base = process.env.BASE ?? "http://127.0.0.1:3320";
const pids = (process.env.SERVER_PID ?? "").split(",").filter(Boolean);
const cpu = () => processCpuMs(pids);
const cookie = await signIn(base, process.argv[2]);
for (const path of process.argv.slice(3)) {
  await autocannon({ url: base + path, connections: 2, amount: 20, headers: { cookie } });
  const c0 = cpu();
  const r = await autocannon({ url: base + path, connections: 10, duration: Number(process.env.SECS ?? 5), headers: { cookie } });
  const perReq = pids.length ? ((cpu() - c0) / r.requests.total).toFixed(1) + " ms CPU/req" : "";
  console.log(path.padEnd(40), r.requests.average.toFixed(1), "req/s  p50", r.latency.p50, "p99", r.latency.p99, "non2xx", r.non2xx, perReq);
}
