// House rules that a type checker cannot see. Exits 1 listing every violation.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => /\.(ts|tsx|mjs|js)$/.test(f) && !f.includes("generated/") && !f.startsWith("node_modules/"));
const problems = [];
const check = (f, re, why) => {
  const lines = readFileSync(f, "utf8").split("\n");
  lines.forEach((l, i) => re.test(l) && problems.push(`${f}:${i + 1}: ${why}\n    ${l.trim()}`));
};
for (const f of files) {
  let text;
  try { text = readFileSync(f, "utf8"); } catch { continue; } // deleted but still listed
  const isTest = /\.(test|int\.test|spec)\.tsx?$/.test(f) || f.startsWith("e2e/");
  if (f.startsWith("lib/rules/") && !isTest) {
    check(f, /new Date\(\)|Date\.now\(/, "lib/rules is pure: the date is an argument, never the clock");
    check(f, /from ["'](@prisma|next\/|node:|fs|path|\.\.\/\.\.\/db|@\/lib\/(db|dal))/, "lib/rules is pure: no I/O, Prisma or Next imports");
    check(f, /process\.env/, "lib/rules is pure: no environment");
  }
  if (/^(app|components|lib)\//.test(f) && !/^lib\/(db\.ts|dal\/|generated\/)/.test(f) && !isTest)
    check(f, /from ["'](@prisma\/client|.*generated\/prisma)/, "database access goes through lib/dal");
  check(f, /next\/font\/google/, "no network at build time: use system fonts");
  if (isTest) check(f, /\b(it|test|describe)\.(only|skip)\(|test\.fixme\(/, "no focused or skipped tests");
  if (/console\.log\(/.test(text) && /^(app|components)\//.test(f)) check(f, /console\.log\(/, "no debug logging in pages");
}
if (problems.length) {
  console.error(problems.join("\n"));
  console.error(`\n${problems.length} lint problem(s).`);
  process.exit(1);
}
console.log(`lint: ${files.length} files checked, no problems.`);
