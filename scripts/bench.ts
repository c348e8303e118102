// npm run bench: runs every benchmark in scripts/bench/ (each exports run()) against DATABASE_URL, or the
// embedded database when it is unset. Numbers come from here, never from timed unit tests.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "bench");
const only = process.argv[2];
for (const f of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).sort()) {
  if (only && !f.startsWith(only)) continue;
  const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { run?: () => Promise<unknown> };
  if (typeof mod.run === "function") await mod.run();
}
process.exit(0);
