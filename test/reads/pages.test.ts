import { beforeEach, describe, expect, it } from "vitest";
import {
  CAREERS_HOME_SLUG,
  CAREERS_ROOT_SLUG,
  INTERNAL_NOTES_MARKER,
  OPEN_VACANCY_SLUG,
  OPEN_VACANCY_UUID,
  PRIVATE_VACANCY_PROPERTIES,
  RECRUITER_EMAIL_DOMAIN,
  UNPUBLISHED_PAGE_SLUG,
} from "../../emulator/src/demo";
import { control, edge, edgeWith, emulatorRequests, resetAll } from "../helpers";
import { PUBLIC_VACANCY_KEYS } from "./fixtures";

interface PageBody {
  data: {
    uuid: string;
    slug: string;
    content: unknown;
    record: {
      uuid: string;
      properties: Record<string, unknown>;
      parsedProperties: Record<string, unknown>;
    } | null;
  };
}

beforeEach(resetAll);

describe("GET /v1/pages/{rootSlug}/{slug}", () => {
  it("serves a vacancy page with the public values of its record, calling Caraer without the token", async () => {
    const response = await edge(`/v1/pages/${CAREERS_ROOT_SLUG}/${OPEN_VACANCY_SLUG}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as PageBody;
    expect(body.data.slug).toBe(OPEN_VACANCY_SLUG);
    expect(body.data.record?.uuid).toBe(OPEN_VACANCY_UUID);
    expect(Object.keys(body.data.record?.properties ?? {}).sort()).toEqual(PUBLIC_VACANCY_KEYS);
    expect(body.data.record?.properties.title).toBe("Senior Frontend Developer");
    const [sent] = await emulatorRequests({ path: "/api/v2/webpages/**" });
    expect(sent?.headers["x-caraer-subdomain"]).toBe("demo");
    expect(sent?.auth).toBe("missing");
  });

  it("projects the record again when Caraer leaks private values into a public page", async () => {
    await control("/settings", {
      method: "PUT",
      body: JSON.stringify({ webpageLeaksPrivate: true }),
    });
    const response = await edge(`/v1/pages/${CAREERS_ROOT_SLUG}/${OPEN_VACANCY_SLUG}`);
    const text = await response.text();
    expect(response.status).toBe(200);
    const body = JSON.parse(text) as PageBody;
    expect(Object.keys(body.data.record?.properties ?? {}).sort()).toEqual(PUBLIC_VACANCY_KEYS);
    expect(Object.keys(body.data.record?.parsedProperties ?? {}).sort()).toEqual(
      PUBLIC_VACANCY_KEYS,
    );
    for (const secret of [
      INTERNAL_NOTES_MARKER,
      RECRUITER_EMAIL_DOMAIN,
      ...PRIVATE_VACANCY_PROPERTIES,
    ]) {
      expect(text).not.toContain(secret);
    }
    // The emulator really did leak: the projection is what stopped it.
    const [sent] = await emulatorRequests({ path: "/api/v2/webpages/**" });
    expect(sent?.status).toBe(200);
  });

  it("serves the careers landing page without the record queries of its components", async () => {
    const response = await edge(`/v1/pages/${CAREERS_ROOT_SLUG}/${CAREERS_HOME_SLUG}`);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).not.toContain('"filter"');
    expect(text).not.toContain("status_vacancy");
    expect(text).toContain('"previewObject"');
  });

  it("answers 404 for an unpublished page, an unknown page, and when no subdomain is configured", async () => {
    expect((await edge(`/v1/pages/${CAREERS_ROOT_SLUG}/${UNPUBLISHED_PAGE_SLUG}`)).status).toBe(
      404,
    );
    expect((await edge(`/v1/pages/${CAREERS_ROOT_SLUG}/no-such-page`)).status).toBe(404);
    const off = await edgeWith(
      { CARAER_SUBDOMAIN: "" },
      `/v1/pages/${CAREERS_ROOT_SLUG}/${CAREERS_HOME_SLUG}`,
    );
    expect(off.status).toBe(404);
  });

  it("refuses slugs that are not slugs, before any lookup", async () => {
    const response = await edge(`/v1/pages/${CAREERS_ROOT_SLUG}/..%2F..%2Fadmin`);
    expect(response.status).toBe(400);
    expect(await emulatorRequests({ path: "/api/v2/**" })).toEqual([]);
  });
});
