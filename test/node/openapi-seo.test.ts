import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";

interface Operation {
  responses: Record<string, { content?: Record<string, unknown> }>;
}

describe("GET /openapi.json: SEO outputs and HTML routes", () => {
  it("documents every page and fragment of the site and of forms with its HTML response", async () => {
    const document = (await (await createApp().request("/openapi.json")).json()) as {
      paths: Record<string, { get?: Operation }>;
    };
    const html = Object.entries(document.paths)
      .filter(([, item]) => "text/html" in (item.get?.responses["200"]?.content ?? {}))
      .map(([path]) => path)
      .sort();
    expect(html).toEqual([
      "/",
      "/forms/{formUuid}",
      "/forms/{formUuid}/received/{submissionId}",
      "/fragments/forms/{formUuid}",
      "/fragments/jobs/{list}",
      "/fragments/jobs/{list}/{slug}",
      "/jobs/{list}",
      "/jobs/{list}/{slug}",
      "/pages/{rootSlug}/{slug}",
      "/v1/forms/{formUuid}/thank-you",
    ]);
  });

  it("documents the sitemap, robots and feed routes with their XML and text responses", async () => {
    const document = (await (await createApp().request("/openapi.json")).json()) as {
      paths: Record<string, { get?: Operation }>;
    };
    const types = (path: string) =>
      Object.keys(document.paths[path]?.get?.responses["200"]?.content ?? {});
    expect(types("/sitemap.xml")).toEqual(["application/xml"]);
    expect(types("/robots.txt")).toEqual(["text/plain"]);
    expect(types("/jobs/{list}/feed.xml")).toEqual(["application/atom+xml"]);
    expect(Object.keys(document.paths["/jobs/{list}/feed.xml"]?.get?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "304", "404"]),
    );
  });
});
