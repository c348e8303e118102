import { describe, expect, it } from "vitest";
import { publicOrigin } from "./public-origin";

const h = (o: Record<string, string>) => new Headers(o);

describe("publicOrigin: absolute links use the public address, never a hard-coded localhost", () => {
  it("uses AUTH_URL when it is set", () => {
    expect(publicOrigin(h({ host: "10.0.0.5:3000" }), "http://10.0.0.5:3000/api/ics/x", { AUTH_URL: "https://accord.sd73.bc.ca/api/auth" })).toBe("https://accord.sd73.bc.ca");
  });
  it("uses APP_URL when AUTH_URL is not set", () => {
    expect(publicOrigin(h({}), undefined, { APP_URL: "https://accord.example.ca" })).toBe("https://accord.example.ca");
  });
  it("uses the forwarded host and scheme behind a proxy", () => {
    expect(publicOrigin(h({ host: "localhost:3000", "x-forwarded-host": "accord.sd71.bc.ca", "x-forwarded-proto": "https" }), "http://localhost:3000/x", {})).toBe("https://accord.sd71.bc.ca");
  });
  it("uses the Host header without a proxy", () => {
    expect(publicOrigin(h({ host: "accord.lan:8080" }), undefined, {})).toBe("http://accord.lan:8080");
  });
  it("ignores a host header with a path or scheme in it", () => {
    expect(publicOrigin(h({ host: "evil.example/x?" }), "http://accord.lan/api", {})).toBe("http://accord.lan");
  });
});
