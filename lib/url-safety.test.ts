import { describe, expect, it } from "vitest";
import { hasControlCharacters } from "./url-safety";

const u = (s: string) => new URL(s, "http://localhost");

describe("hasControlCharacters (addresses refused with 400 by the proxy)", () => {
  it("refuses a NUL byte in a query value, a query key or the path, and other control characters", () => {
    expect(hasControlCharacters(u("/employees?q=%00"))).toBe(true);
    expect(hasControlCharacters(u("/employees?a%00b=1"))).toBe(true);
    expect(hasControlCharacters(u("/employees/abc%00"))).toBe(true);
    expect(hasControlCharacters(u("/grievances?q=%01%1F"))).toBe(true);
    expect(hasControlCharacters(u("/grievances?q=%7F"))).toBe(true);
    expect(hasControlCharacters(u("/grievances/%E0%A4%A"))).toBe(true);
  });
  it("lets ordinary and non-Latin addresses through", () => {
    expect(hasControlCharacters(u("/employees?q=Nguy%E1%BB%85n&page=2"))).toBe(false);
    expect(hasControlCharacters(u("/agreements/sd71-cupe439/articles/17.08(b)"))).toBe(false);
    expect(hasControlCharacters(u("/agreements/search?q=severance+pay"))).toBe(false);
    expect(hasControlCharacters(u("/employees?q=%E2%80%AEevil"))).toBe(false);
    expect(hasControlCharacters(u("/calculators/sd73-teachers/seniority-total?entries=150%0D%0A200%0A60%09x"))).toBe(false); // one entry per line // bidi overrides are stripped where they are stored
  });
});
