import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { pdfPages, pdfText, pdfWords } from "@/lib/test/pdf-text";
import { tieFlags } from "@/lib/seniority/ties";
import { seniorityListPdf } from "./seniority-list";

const names = ["Tk̓emlúps te Secwépemc, Sḵwx̱wú7mesh", "Nguyễn, Thị Phương", "Lee, Ida"];
const ranked = Array.from({ length: 120 }, (_, i) => ({ rank: i + 1, employeeNumber: String(71000 + i), name: names[i % 3], figure: i === 2 || i === 3 ? "1998-09-01" : `2001-01-${String((i % 28) + 1).padStart(2, "0")}`, decidedBy: i === 2 ? "UNRESOLVED_TIE" : "seniority date" }));
const ties = tieFlags(ranked, "sd71-cupe439", "REGULAR");
const rows = ranked.map(({ decidedBy, ...r }, i) => ({ ...r, placedBy: ties[i] ?? (decidedBy === "seniority date" ? "Seniority date" : decidedBy) }));
const list = (r = rows) => seniorityListPdf({ title: "SD71 CUPE 439", listLabel: "Regular seniority list", article: "15.02(a)", asOf: "2025-01-31", publishedOn: "2025-02-03", appealBy: "2025-08-03", summary: [`${r.length} employee(s) ordered by seniority date, earliest first (15.01).`], rows: r });

describe("Seniority list (PDF)", { timeout: 30_000 }, () => {
  it("15.02(a): every page repeats the table header, the list's date and article, and its page number", async () => {
    const pdf = await list();
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(1);
    for (let p = 1; p <= pages; p++) {
      const text = await import("node:child_process").then((c) => c.execFileSync("pdftotext", ["-f", String(p), "-l", String(p), "-", "-"], { input: Buffer.from(pdf), encoding: "utf8" }));
      expect(text).toContain("Regular seniority list — as of 2025-01-31, published 2025-02-03 (15.02(a))");
      expect(text).toMatch(/Rank\s+Number\s+Name\s+Seniority\s+Placed by/);
      expect(text).toContain(`page ${p} of ${pages}`);
    }
  });

  it("15.01: both members of an unresolved tie are flagged in words, each naming the other", async () => {
    const text = pdfText(await list()).replace(/\s+/g, " ");
    expect(text).toContain("Tied with Tk̓emlúps te Secwépemc, Sḵwx̱wú7mesh (71003) — not placed by the agreement");
    expect(text).toContain("Tied with Lee, Ida (71002) — not placed by the agreement");
    expect(text).toContain("the agreement has no tie-break (15.01)");
  });

  it("prints names with combining marks and Vietnamese names intact", async () => {
    const text = pdfText(await list()).replace(/\s+/g, " ");
    expect(text).toContain("Tk̓emlúps te Secwépemc, Sḵwx̱wú7mesh");
    expect(text).toContain("Nguyễn, Thị Phương");
  });

  it("prints a Chinese name (CJK fallback font) beside names with combining marks and a Vietnamese name", async () => {
    const cjk = ["陈志明", "Nguyễn Thị Minh Khai", "Tk̓emlúps te Secwépemc", "Sḵwx̱wú7mesh", "王芳"];
    const text = pdfText(await list(rows.map((r, i) => (i < cjk.length ? { ...r, name: cjk[i] } : r)))).replace(/\s+/g, " ");
    for (const n of cjk) expect(text).toContain(n);
  });

  it("measures Chinese runs with their own font: a mixed name keeps its spacing and a long one wraps inside the Name column", async () => {
    const mixed = rows.slice(0, 6).map((r, i) => ({ ...r, name: i === 1 ? "陈志明 (Chen, Zhiming)" : i === 3 ? "王芳".repeat(20) : r.name }));
    const words = pdfWords(await list(mixed));
    const at = (t: string) => words.find((w) => w.text === t)!;
    const gap = at("(Chen,").xMin - at("陈志明").xMax;
    expect(gap).toBeGreaterThan(2);
    expect(gap).toBeLessThan(4); // one 9 pt space of DejaVu Sans is 2.86 pt
    const seniority = at("Seniority").xMin;
    const cjkLines = words.filter((w) => w.text.startsWith("王芳") || w.text.startsWith("芳王"));
    expect(cjkLines.length).toBeGreaterThan(1);
    for (const w of cjkLines) expect(w.xMax).toBeLessThan(seniority);
    expect(cjkLines.map((w) => w.text).join("")).toBe("王芳".repeat(20));
    const dates = words.filter((w) => /^(1998|2001)-\d\d-\d\d$/.test(w.text));
    expect(dates).toHaveLength(6);
    for (const d of dates) expect(d.xMin).toBe(seniority);
  });

  it("embeds the Chinese fallback font only in a list that needs it", async () => {
    const fonts = async (r: typeof rows) => execFileSync("pdffonts", ["-"], { input: Buffer.from(await list(r)), encoding: "utf8" });
    expect(await fonts(rows)).not.toMatch(/NotoSansSC/);
    expect(await fonts(rows.map((r, i) => (i === 7 ? { ...r, name: "王芳" } : r)))).toMatch(/NotoSansSC/);
  });
});
