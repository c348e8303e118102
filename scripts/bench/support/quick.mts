import autocannon from "autocannon";
import { signIn } from "./server.ts";
const base = process.env.BASE ?? "http://127.0.0.1:3320";
const cookie = await signIn(base, process.argv[2]);
for (const path of process.argv.slice(3)) {
  const r = await autocannon({ url: base + path, connections: 10, duration: Number(process.env.SECS ?? 5), headers: { cookie } });
  console.log(path.padEnd(40), r.requests.average.toFixed(1), "req/s  p50", r.latency.p50, "p99", r.latency.p99, "non2xx", r.non2xx);
}
