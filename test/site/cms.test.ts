import { beforeEach, describe, expect, it } from "vitest";
import { CAREERS_ROOT_SLUG, UNPUBLISHED_PAGE_SLUG } from "../../emulator/src/demo";
import { edge, edgeWith, injectFault, resetAll } from "../helpers";
import { attributes, texts } from "./html";

beforeEach(resetAll);

/** A published page whose CMS content tries every trick rich text can carry. */
const HOSTILE_PAGE = {
  message: "Webpage fetched",
  data: {
    uuid: "70000000-0000-4000-8000-000000000999",
    title: "Hostile page",
    slug: "hostile",
    isPublished: true,
    record: null,
    metaData: { title: "Hostile <script>alert(1)</script>", description: "Described" },
    content: [
      {
        type: "box",
        settings: { layout: "section", title: "Section", style: "position:fixed" },
        children: [
          {
            type: "component",
            settings: {
              component: "text",
              text: [
                '<p onclick="alert(1)" style="position:fixed;top:0">Hello <b>world</b></p>',
                "<script>alert('x')</script>",
                '<img src="x" onerror="alert(2)"><img src="https://cdn.example/ok.png" alt="ok">',
                '<a href="javascript:alert(3)">js</a><a href="&#106;avascript:alert(4)">entity</a>',
                '<a href="java\tscript:alert(5)">tab</a><a href="https://example.com/ok">ok</a>',
                '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>',
                '<div class="x" id="y"><span>kept text</span></div><!-- a comment -->',
                '<svg><script>alert(6)</script></svg><form action="https://evil.example"><input name="a"></form>',
              ].join(""),
            },
            children: [],
          },
          {
            type: "component",
            settings: { component: "mysteryWidget", secretSetting: "RAW-SETTING-VALUE" },
            children: [],
          },
          {
            type: "component",
            settings: { component: "link", url: "javascript:alert(7)", text: "bad" },
          },
        ],
      },
    ],
  },
};

describe("GET /pages/{rootSlug}/{slug}", () => {
  it("renders a CMS page with its metaData as title, description and OpenGraph tags", async () => {
    const response = await edge(`/pages/${CAREERS_ROOT_SLUG}/home`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(await texts(html, "title")).toEqual(["Careers at Demo"]);
    expect(await attributes(html, 'meta[name="description"]', "content")).toEqual([
      "Open positions in Amsterdam, Rotterdam, Utrecht, Eindhoven and remote.",
    ]);
    expect(await attributes(html, 'meta[property="og:image"]', "content")).toEqual([
      "https://images.demo.example.com/careers/og.jpg",
    ]);
    expect(await texts(html, "main h2")).toEqual(["Work at Demo", "Open positions", "Apply now"]);
    // The recordList component shows the list through the site's list read, not its own query.
    expect((await texts(html, ".caraer-job h3")).length).toBe(12);
    expect(html).not.toContain("status_vacancy");
  });

  it("renders hostile rich text inert: no script, handler, javascript: URL, style or unknown component", async () => {
    await injectFault({
      method: "GET",
      path: "/api/v2/webpages/public/careers/hostile",
      status: 200,
      body: HOSTILE_PAGE,
    });
    const response = await edge(`/pages/${CAREERS_ROOT_SLUG}/hostile`);
    const html = await response.text();
    expect(response.status).toBe(200);
    const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
    expect(main).toBe(
      '<main id="main" class="caraer-main" tabindex="-1"><article class="caraer-cms"><h1>Hostile page</h1>' +
        '<section class="caraer-section"><h2>Section</h2><div class="caraer-richtext">' +
        "<p>Hello <b>world</b></p>" +
        '<img src="x"><img src="https://cdn.example/ok.png" alt="ok">' +
        "<a>js</a><a>entity</a><a>tab</a>" +
        '<a href="https://example.com/ok" rel="nofollow noopener">ok</a>' +
        "kept text" +
        "</div></section></article>",
    );
    expect(html).toContain(
      "<title>Hostile &lt;script&gt;alert(1)&lt;/script&gt; | Careers at Demo</title>",
    );
    expect(html).not.toContain("RAW-SETTING-VALUE");
    expect(html).not.toContain("<script>alert");
  });

  it("answers 404 pages for unpublished and unknown pages, and without CARAER_SUBDOMAIN", async () => {
    for (const slug of [UNPUBLISHED_PAGE_SLUG, "no-such-page"]) {
      const response = await edge(`/pages/${CAREERS_ROOT_SLUG}/${slug}`);
      expect(response.status).toBe(404);
      expect(await texts(await response.text(), "h1")).toEqual(["Page not found"]);
    }
    expect(
      (await edgeWith({ CARAER_SUBDOMAIN: "" }, `/pages/${CAREERS_ROOT_SLUG}/home`)).status,
    ).toBe(404);
  });

  it("renders the configured CMS home page at /", async () => {
    const site = JSON.parse(
      JSON.stringify((await import("cloudflare:workers")).env.SITE),
    ) as Record<string, unknown>;
    const response = await edgeWith(
      { SITE: { ...site, home: { rootSlug: "careers", slug: "home" } } },
      "/",
    );
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(await texts(html, "h1")).toEqual(["Careers at Demo"]);
    expect(await texts(html, "main h2")).toEqual(["Work at Demo", "Open positions", "Apply now"]);
    expect(await attributes(html, 'link[rel="canonical"]', "href")).toEqual([
      "http://localhost:8787/",
    ]);
  });
});
