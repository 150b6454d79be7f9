import { describe, expect, it } from "vitest";
import { originMatcher } from "./origins";

describe("ALLOWED_ORIGINS matching", () => {
  const allowed = originMatcher([
    "https://jobs.example.com",
    "http://localhost:3000",
    "https://*.acme.test",
  ]);

  it("allows exact origins, case-insensitively, with the exact scheme and port", () => {
    expect(allowed("https://jobs.example.com")).toBe(true);
    expect(allowed("HTTPS://JOBS.EXAMPLE.COM")).toBe(true);
    expect(allowed("http://localhost:3000")).toBe(true);
    expect(allowed("http://jobs.example.com")).toBe(false);
    expect(allowed("https://jobs.example.com:443")).toBe(false);
    expect(allowed("http://localhost:3001")).toBe(false);
    expect(allowed("http://localhost")).toBe(false);
  });

  it("allows subdomains at any depth for *.domain, but not the domain itself or look-alikes", () => {
    expect(allowed("https://careers.acme.test")).toBe(true);
    expect(allowed("https://a.b.acme.test")).toBe(true);
    expect(allowed("https://acme.test")).toBe(false);
    expect(allowed("https://evilacme.test")).toBe(false);
    expect(allowed("https://.acme.test")).toBe(false);
    expect(allowed("https://careers.acme.test.evil.com")).toBe(false);
    expect(allowed("http://careers.acme.test")).toBe(false);
  });

  it("refuses anything that is not a serialised origin", () => {
    for (const origin of [
      "null",
      "",
      "https://jobs.example.com/",
      "https://jobs.example.com/path",
      "https://user@jobs.example.com",
      "https://jobs.example.com\r\nX-Injected: 1",
      "https://*.acme.test",
      "file://",
    ]) {
      expect(allowed(origin)).toBe(false);
    }
  });

  it("allows nothing when no origin is configured", () => {
    expect(originMatcher([])("https://jobs.example.com")).toBe(false);
  });
});
