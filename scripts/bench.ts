/**
 * npm run bench [-- name…]: runs the benchmarks of scripts/bench/<name>.ts that export run()
 * (all of them without names). Numbers to read, not timed tests.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("./bench/", import.meta.url));
const wanted = process.argv.slice(2);
const names = readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3)).filter((n) => !wanted.length || wanted.includes(n));
for (const name of names) {
  const mod = (await import(`./bench/${name}.ts`)) as { run?: () => Promise<void> | void };
  if (typeof mod.run === "function") await mod.run();
}
process.exit(0);
