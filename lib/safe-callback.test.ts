import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback";
import { clientAddress } from "./client-address";

describe("safeCallbackUrl: return to the page asked for, same origin only", () => {
  it("keeps a calculator path with its query string", () => {
    expect(safeCallbackUrl("/calculators/sd73-teachers/ttoc-pay?date=2024-09-09&fraction=1")).toBe("/calculators/sd73-teachers/ttoc-pay?date=2024-09-09&fraction=1");
  });
  it.each(["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "evil", "", "/login?callbackUrl=/x", "/a\nb", undefined, 42])(
    "sends %s to the dashboard",
    (raw) => expect(safeCallbackUrl(raw)).toBe("/"),
  );
});

describe("clientAddress", () => {
  const h = (o: Record<string, string>) => new Headers(o);
  it("takes the entry the nearest proxy appended", () => expect(clientAddress(h({ "x-forwarded-for": "1.2.3.4, 10.0.0.7" }))).toBe("10.0.0.7"));
  it("falls back to x-real-ip", () => expect(clientAddress(h({ "x-real-ip": "10.0.0.9" }))).toBe("10.0.0.9"));
  it("says unknown when there is neither", () => expect(clientAddress(h({}))).toBe("unknown"));
});
