import { describe, expect, it } from "vitest";
import { articleIdFromText } from "./article-text";

describe("an article id typed in the grievance form's article picker", () => {
  it("is written as the agreements print it: SD73 C.2.1, A.6.2.b, LOU 12; SD71 12.02(a)", () => {
    expect(articleIdFromText(" c.2.1 ")).toBe("C.2.1");
    expect(articleIdFromText("A.6.2.b")).toBe("A.6.2.b");
    expect(articleIdFromText("lou 12")).toBe("LOU 12");
    expect(articleIdFromText("LOU12")).toBe("LOU 12");
    expect(articleIdFromText("12.02(a)")).toBe("12.02(a)");
  });
  it("is null for words to search for and for ids the form refuses (Appendix A, 12.2)", () => {
    expect(articleIdFromText("seniority")).toBeNull();
    expect(articleIdFromText("Appendix A")).toBeNull();
    expect(articleIdFromText("12.2")).toBeNull();
    expect(articleIdFromText("")).toBeNull();
  });
});
