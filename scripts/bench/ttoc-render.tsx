// Child of scripts/bench/ttoc.ts: renders the period page's totals and lines from saved page data and prints the
// render time as JSON on the last line. Runs without the react-server condition so react-dom/server loads.
import { readFileSync } from "node:fs";
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { PeriodTotals } from "@/components/ttoc/period-totals";
import { TtocLines } from "@/components/ttoc/ttoc-lines";

const raw = JSON.parse(readFileSync(process.argv[2], "utf8"));
const lineData = { ...raw.lineData, lines: raw.lineData.lines.map((l: { date: string }) => ({ ...l, date: new Date(l.date) })) };
const page = () => createElement(Fragment, null,
  createElement(PeriodTotals, { periodId: raw.period.id, rows: raw.byTtoc, totalCents: raw.totalCents, ttocCount: raw.ttocCount, page: raw.page, pageCount: raw.pageCount }),
  createElement(TtocLines, { periodId: raw.period.id, data: lineData }));
renderToStaticMarkup(page()); // warm-up
const times: number[] = [];
let bytes = 0;
const c0 = process.cpuUsage();
for (let i = 0; i < 10; i++) { const t = performance.now(); bytes = renderToStaticMarkup(page()).length; times.push(performance.now() - t); }
const c = process.cpuUsage(c0);
times.sort((a, b) => a - b);
console.log(JSON.stringify({ ms: times[9], p50: times[4], cpu: (c.user + c.system) / 1000 / 10, bytes }));
