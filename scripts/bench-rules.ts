/**
 * `npm run bench:rules`: runs each agreement's benchmark in scripts/bench/ (sd73, and sd71
 * when present). Each exports `run(): Promise<void>` and prints calls/s and ms.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const modules = ["sd73", "sd71"];
for (const name of modules) {
  const file = fileURLToPath(new URL(`./bench/${name}.ts`, import.meta.url));
  if (!existsSync(file)) continue;
  const mod = (await import(`./bench/${name}.ts`)) as { run: () => Promise<void> };
  await mod.run();
  console.log("");
}
