import { seedVacancies } from "../../emulator/src/seed/vacancies";
import { OPEN_BY_NEWEST } from "../reads/fixtures";

/** The demo site's public origin (`SITE.origin` in wrangler.toml): canonical URLs use it, never the request's host. */
export const ORIGIN = "http://localhost:8787";

/** A seeded vacancy as the tests expect to see it on the site. */
export interface SeededVacancy {
  n: number;
  uuid: string;
  slug: string;
  title: string;
  updatedAt: string;
  published: string;
}

/** The open vacancies of the demo list in its default order (newest `publish_date` first). */
export function openVacancies(): SeededVacancy[] {
  const seeded = seedVacancies();
  return OPEN_BY_NEWEST.map((n) => {
    const record = seeded[n - 1];
    if (!record) throw new Error(`no seeded vacancy ${n}`);
    return {
      n,
      uuid: record.uuid,
      slug: String(record.values.slug),
      title: String(record.values.title),
      updatedAt: new Date(record.updatedAt).toISOString(),
      published: new Date(Number(record.values.publish_date)).toISOString(),
    };
  });
}

/** Canonical URL of a demo vacancy page. */
export function vacancyUrl(slug: string): string {
  return `${ORIGIN}/jobs/vacancies/${slug}`;
}

/** The JSON-LD blocks of an HTML page, parsed (with the runtime's own HTML parser). */
export async function jsonLdBlocks(response: Response): Promise<unknown[]> {
  const blocks: string[] = [];
  let current: string | null = null;
  await new HTMLRewriter()
    .on('script[type="application/ld+json"]', {
      element(element) {
        current = "";
        element.onEndTag(() => {
          blocks.push(current ?? "");
          current = null;
        });
      },
      text(chunk) {
        if (current !== null) current += chunk.text;
      },
    })
    .transform(response)
    .text();
  return blocks.map((block) => JSON.parse(block));
}
