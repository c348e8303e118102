import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSd71 } from "./parse-sd71";
import { parseSd73 } from "./parse-sd73";
import { articleHref, domId, normalizeRef, resolveRef } from "./resolve";

const sd73 = parseSd73(readFileSync("prisma/sources/sd73-kamloops-teachers-2022-2025.txt", "utf8"));
const sd71 = parseSd71(readFileSync("prisma/sources/sd71-comox-cupe439-2014-2019.txt", "utf8"));

describe("citation resolution", () => {
  it.each([
    ["B.2", "B.2", undefined],
    ["B.2.6", "B.2", "B.2.6"],
    ["A.6.2.b", "A.6", "A.6.2.b"],
    ["C.4", "C.4", undefined],
    ["C.12.1.c.vi.5", "C.12", "C.12.1.c.vi.5"],
    ["B.2.8 (effective July 1, 2024: $156.43)", "B.2", "B.2.8"],
    ["A.6 (working days, AMB-01)", "A.6", undefined],
    ["LOU 11", "LOU 11", undefined],
    ["Letter of Understanding No. 11", "LOU 11", undefined],
    ["LOU 43 ¶5", "LOU 43", "LOU 43 ¶5"],
    ["MOA 10 ¶3(h)(vii)", "MOA 10", "MOA 10 ¶3(h).vii"],
    ["Appendix A (Kamloops, July 1, 2024 – June 30, 2025)", "Appendix A", undefined],
    ["G.30, C.2.7.e", "G.30", undefined],
    ["Article B. 22", "B.22", undefined],
  ])("SD73 %s opens %s at %s", (ref, id, anchor) => {
    expect(resolveRef(ref, sd73)).toMatchObject({ articleId: id, anchor });
  });

  it.each([
    ["17.08", "17.08", undefined],
    ["17.08(b)", "17.08", "17.08(b)"],
    ["12.04(a)(3)", "12.04", "12.04(a)(3)"],
    ["15.04(a)(3)", "15.04", "15.04(a)(3)"],
    ["12.02(a) Step 1", "12.02", "12.02(a)"],
    ["12.02; 21.01 (working days, A12)", "12.02", undefined],
    ["21.01", "21.01", undefined],
    ["25.04", "25.04", undefined],
    ["Hourly Wage Schedule, CUPE - Effective May 1, 2019 *", "Hourly Wage Schedule", undefined],
    ["Schedule C 2 (Temporary leadhand); 16.11(f)", "Schedule C", "Schedule C ¶2"],
    ["Article 17", "17.01", undefined],
    ["10", "10", undefined],
  ])("SD71 %s opens %s at %s", (ref, id, anchor) => {
    expect(resolveRef(ref, sd71)).toMatchObject({ articleId: id, anchor });
  });

  it("an unknown id resolves to nothing (the reader shows suggestions instead)", () => {
    expect(resolveRef("Z.99", sd73)).toBeNull();
    expect(resolveRef("17.99", sd71)).toBeNull();
    expect(resolveRef("BC Employment Standards Act s.1", sd71)).toBeNull();
    expect(resolveRef("   ", sd71)).toBeNull();
    expect(resolveRef("B.22", sd73)?.articleId).toBe("B.22"); // not B.2
    expect(resolveRef("LOU 1", sd73)?.articleId).toBe("LOU 1"); // not LOU 11
  });

  it("builds stable URLs with the clause as fragment", () => {
    expect(articleHref("sd73-teachers", "B.2", "B.2.6")).toBe("/agreements/sd73-teachers/articles/B.2#B.2.6");
    expect(articleHref("sd71-cupe439", "17.08")).toBe("/agreements/sd71-cupe439/articles/17.08");
    expect(articleHref("sd73-teachers", "LOU 11")).toBe("/agreements/sd73-teachers/articles/LOU%2011");
    expect(domId("LOU 43 ¶5")).toBe("LOU-43-5");
    expect(normalizeRef("lou no. 7")).toBe("LOU 7");
  });
});
