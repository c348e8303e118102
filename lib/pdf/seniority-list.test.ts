import { describe, expect, it } from "vitest";
import { pdfPages, pdfText } from "@/lib/test/pdf-text";
import { seniorityListPdf } from "./seniority-list";

const names = ["Tk̓emlúps te Secwépemc, Sḵwx̱wú7mesh", "Nguyễn, Thị Phương", "Lee, Ida"];
const rows = Array.from({ length: 120 }, (_, i) => ({ rank: i + 1, employeeNumber: String(71000 + i), name: names[i % 3], figure: i === 2 || i === 3 ? "1998-09-01" : `2001-01-${String((i % 28) + 1).padStart(2, "0")}`, decidedBy: i === 2 ? "UNRESOLVED_TIE" : "seniority date" }));
const list = () => seniorityListPdf({ title: "SD71 CUPE 439", listLabel: "Regular seniority list", article: "15.02(a)", asOf: "2025-01-31", publishedOn: "2025-02-03", appealBy: "2025-08-03", summary: ["120 employee(s) ordered by seniority date, earliest first (15.01)."], rows });

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
    expect(text).toContain("Tied with rank 4: equal seniority, unresolved — for the parties");
    expect(text).toContain("Tied with rank 3: equal seniority, unresolved — for the parties");
  });

  it("prints names with combining marks and Vietnamese names intact", async () => {
    const text = pdfText(await list()).replace(/\s+/g, " ");
    expect(text).toContain("Tk̓emlúps te Secwépemc, Sḵwx̱wú7mesh");
    expect(text).toContain("Nguyễn, Thị Phương");
  });
});
