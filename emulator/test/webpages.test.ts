import { beforeEach, describe, expect, it } from "vitest";
import {
  APPLICATION_FORM_UUID,
  ARCHIVED_VACANCY_UUID,
  CAREERS_HOME_SLUG,
  CAREERS_ROOT_SLUG,
  DEMO_SUBDOMAIN,
  INTERNAL_NOTES_MARKER,
  OPEN_VACANCY_SLUG,
  OPEN_VACANCY_UUID,
  PRIVATE_VACANCY_PROPERTIES,
  PUBLIC_VACANCY_PROPERTIES,
  RECRUITER_EMAIL_DOMAIN,
  UNPUBLISHED_PAGE_SLUG,
  VACANCY_OBJECT_UUID,
} from "../src/demo";
import { call, type Envelope, type ErrorBody, reset, uuids, where } from "./helpers";

interface Webpage {
  uuid: string;
  slug: string;
  content: { type: string; settings: Record<string, unknown>; children: Webpage["content"] }[];
  object: unknown;
  record: {
    uuid: string;
    properties: Record<string, unknown>;
    parsedProperties: Record<string, unknown>;
  } | null;
  [key: string]: unknown;
}

const page = (slug: string, subdomain: string | null = DEMO_SUBDOMAIN, root = CAREERS_ROOT_SLUG) =>
  call<Envelope<Webpage>>("GET", `/api/v2/webpages/public/${root}/${slug}`, undefined, {
    auth: false,
    headers: subdomain === null ? {} : { "x-caraer-subdomain": subdomain },
  });

/** Every component's settings in the content tree, depth-first. */
const components = (nodes: Webpage["content"]): Record<string, unknown>[] =>
  nodes.flatMap((n) => [
    ...(n.type === "component" ? [n.settings] : []),
    ...components(n.children),
  ]);

describe("GET /webpages/public/{rootSlug}/{slug}", () => {
  beforeEach(() => reset());

  it("needs X-Caraer-Subdomain (400) naming a known site (404)", async () => {
    const missing = await page(CAREERS_HOME_SLUG, null);
    expect(missing.status).toBe(400);
    expect((missing.body as unknown as ErrorBody).errors[0]?.type).toBe("VALIDATION");
    expect((await page(CAREERS_HOME_SLUG, "other")).status).toBe(404);
  });

  it("answers the careers landing page, embedding a vacancy list and the application form", async () => {
    const res = await page(CAREERS_HOME_SLUG);
    expect(res.status).toBe(200);
    const { content, ...rest } = res.body.data;
    expect(rest).toEqual({
      uuid: "70000000-0000-4000-8000-000000000001",
      title: "Careers at Demo",
      excerpt: "Help us build the recruiting platform people enjoy using.",
      slug: "home",
      image: "https://images.demo.example.com/careers/hero.jpg",
      object: null,
      record: null,
      metaData: {
        title: "Careers at Demo",
        description: "Open positions in Amsterdam, Rotterdam, Utrecht, Eindhoven and remote.",
        ogImage: "https://images.demo.example.com/careers/og.jpg",
      },
      isPublished: true,
      liveUrl: "https://demo.caraer.site/careers/home",
    });
    const list = components(content).find((s) => s.component === "recordList");
    expect(list).toMatchObject({ previewObject: "vacancy", limit: 12, previews: ["card"] });
    expect(components(content).find((s) => s.component === "form")?.form).toBe(
      APPLICATION_FORM_UUID,
    );
    // The list's filter is a real records/index filter: it selects the open vacancies.
    const filter = list?.filter as { groups: { items: Record<string, unknown>[] }[] };
    expect(await uuids({ mainObject: "vacancy", filter })).toHaveLength(18);
  });

  it("answers a vacancy page with only webpagePublic values", async () => {
    const res = await page(OPEN_VACANCY_SLUG);
    expect(res.status).toBe(200);
    expect(res.body.data.object).toEqual({
      uuid: VACANCY_OBJECT_UUID,
      name: "vacancy",
      label: "Vacancy",
    });
    const record = res.body.data.record;
    expect(record?.uuid).toBe(OPEN_VACANCY_UUID);
    expect(Object.keys(record?.properties ?? {})).toEqual([...PUBLIC_VACANCY_PROPERTIES]);
    expect(Object.keys(record?.parsedProperties ?? {})).toEqual([...PUBLIC_VACANCY_PROPERTIES]);
    expect(record?.properties).toMatchObject({
      department: "engineering",
      remote: true,
      skills: ["typescript", "react"],
    });
    expect(record?.parsedProperties).toMatchObject({
      department: "Engineering",
      remote: "Yes",
      skills: "TypeScript, React",
    });
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(INTERNAL_NOTES_MARKER);
    expect(text).not.toContain(RECRUITER_EMAIL_DOMAIN);
  });

  it("serves one page per open active vacancy", async () => {
    const open = await uuids(
      where([{ property: "status_vacancy", operator: "any", value: ["open"] }]),
    );
    for (const uuid of open) {
      const slug = (
        await call<Envelope<{ properties: { name: string; value: unknown }[] }>>(
          "GET",
          `/api/v2/records/${uuid}`,
        )
      ).body.data.properties.find((p) => p.name === "slug")?.value as string;
      const res = await page(slug);
      expect(res.status, slug).toBe(200);
      expect(res.body.data.record?.uuid).toBe(uuid);
    }
  });

  it("leaks every stored property when webpageLeaksPrivate is on", async () => {
    await call("PUT", "/__emulator/settings", { webpageLeaksPrivate: true }, { auth: false });
    const record = (await page(OPEN_VACANCY_SLUG)).body.data.record;
    expect(Object.keys(record?.properties ?? {})).toEqual([
      ...PUBLIC_VACANCY_PROPERTIES,
      ...PRIVATE_VACANCY_PROPERTIES,
    ]);
    expect(String(record?.properties.internal_notes)).toContain(INTERNAL_NOTES_MARKER);
    expect(record?.parsedProperties.status_vacancy).toBe("Open");
    await call("POST", "/__emulator/reset", undefined, { auth: false });
    expect(Object.keys((await page(OPEN_VACANCY_SLUG)).body.data.record?.properties ?? {})).toEqual(
      [...PUBLIC_VACANCY_PROPERTIES],
    );
  });

  it("404s unpublished pages, unknown slugs and pages whose record was archived", async () => {
    expect((await page(UNPUBLISHED_PAGE_SLUG)).status).toBe(404);
    expect((await page("no-such-page")).status).toBe(404);
    expect((await page(CAREERS_HOME_SLUG, DEMO_SUBDOMAIN, "blog")).status).toBe(404);
    await call("DELETE", `/api/v2/records/${OPEN_VACANCY_UUID}`);
    expect((await page(OPEN_VACANCY_SLUG)).status).toBe(404);
    // The archived "Senior Java Developer" is still open, but archived vacancies get no page.
    const archived = await call<Envelope<{ deletedAt: string }>>(
      "GET",
      `/api/v2/records/${ARCHIVED_VACANCY_UUID}`,
    );
    expect(archived.body.data.deletedAt).toBeTruthy();
    expect((await page("senior-java-developer-utrecht")).status).toBe(404);
  });
});
