// Full-text search latency over both agreements (issue: p95 < 100 ms), measured through the DAL exactly as the
// search page calls it: scope lookup, ranked query over the GIN index, ts_headline snippets for the top 25.
import { db } from "../../lib/db";
import { loadActor } from "../../lib/dal/actor";
import { searchArticles } from "../../lib/dal/library-search";

const QUERIES = [
  "teacher teaching on call", "severance pay", '"working days"', "seniority", "grievance arbitration", "sick leave",
  "layoff recall", "TTOC", "overtime callout", "vacation", "benefits premiums", "class size", "maternity parental leave",
  "probationary period", "shift differential", "salary grid", "-teacher union business", "jury duty OR witness",
  "bereavement", "deferred salary leave",
];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function run() {
  const prisma = await db();
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@accord.test" } });
  const actor = await loadActor(admin.id);
  const articles = await prisma.agreementArticle.count();
  for (const q of QUERIES.slice(0, 3)) await searchArticles(actor, { q }); // warm-up: connection, plans, caches
  const times: number[] = [];
  let hits = 0;
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of QUERIES) {
      const t = performance.now();
      hits += (await searchArticles(actor, { q })).length;
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const result = {
    name: "library search (both agreements, top 25 with snippets)",
    articles, queries: times.length, meanHits: +(hits / times.length).toFixed(1),
    p50: +pct(times, 50).toFixed(1), p95: +pct(times, 95).toFixed(1), max: +times[times.length - 1].toFixed(1),
  };
  console.log(`${result.name}: ${result.queries} queries over ${articles} articles — p50 ${result.p50} ms, p95 ${result.p95} ms, max ${result.max} ms (mean ${result.meanHits} hits); target p95 < 100 ms`);
  return result;
}
