import { describe, expect, it } from "vitest";
import { writeInBatches } from "./import-batches";

describe("writeInBatches (long imports on the embedded database)", () => {
  it("writes 1,000 rows in batches of the given size and lets other work run between them", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => i);
    const sizes: number[] = [];
    // Other work queued on the event loop: it runs only when the import yields (the writes themselves never do here).
    let otherWorkBetween = 0;
    let stop = false;
    const other = () => { if (stop) return; otherWorkBetween++; setImmediate(other); };
    setImmediate(other);
    const created = await writeInBatches(rows, async (b) => { sizes.push(b.length); return b.map((n) => `id${n}`); }, async () => {}, 250);
    stop = true;
    expect(sizes).toEqual([250, 250, 250, 250]);
    expect(created).toHaveLength(1000);
    expect(created[999]).toBe("id999");
    expect(otherWorkBetween).toBeGreaterThanOrEqual(3); // between each pair of the four batches
  });

  it("removes the batches already written when a later batch fails, and rethrows (all or nothing)", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => i);
    let undone: string[] = [];
    const failing = writeInBatches(rows, async (b) => {
      if (b[0] === 500) throw new Error("unique constraint");
      return b.map((n) => `id${n}`);
    }, async (done) => { undone = done; }, 250);
    await expect(failing).rejects.toThrow("unique constraint");
    expect(undone).toHaveLength(500);
    expect(undone[0]).toBe("id0");
  });
});
