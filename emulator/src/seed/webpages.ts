import {
  APPLICATION_FORM_UUID,
  CAREERS_HOME_SLUG,
  CAREERS_ROOT_SLUG,
  DEMO_SUBDOMAIN,
  DRAFT_VACANCY_UUID,
} from "../demo";
import type { ContentNode, StoredRecord, WebpageDef } from "../types";
import { seedUuid } from "./ids";
import { seedVacancies } from "./vacancies";

const component = (settings: Record<string, unknown>): ContentNode => ({
  type: "component",
  settings,
  children: [],
});
const box = (settings: Record<string, unknown>, children: ContentNode[]): ContentNode => ({
  type: "box",
  settings,
  children,
});

const applyBox = box({ layout: "section", title: "Apply now" }, [
  component({ component: "form", form: APPLICATION_FORM_UUID }),
]);

const home: WebpageDef = {
  uuid: seedUuid("webpage", 1),
  subdomain: DEMO_SUBDOMAIN,
  rootSlug: CAREERS_ROOT_SLUG,
  slug: CAREERS_HOME_SLUG,
  title: "Careers at Demo",
  excerpt: "Help us build the recruiting platform people enjoy using.",
  image: "https://images.demo.example.com/careers/hero.jpg",
  recordUuid: null,
  isPublished: true,
  metaData: {
    title: "Careers at Demo",
    description: "Open positions in Amsterdam, Rotterdam, Utrecht, Eindhoven and remote.",
    ogImage: "https://images.demo.example.com/careers/og.jpg",
  },
  content: [
    box({ layout: "hero", background: "#0f172a" }, [
      component({ component: "heading", text: "Work at Demo" }),
      component({ component: "text", text: "<p>We are hiring across five cities.</p>" }),
    ]),
    box({ layout: "section", title: "Open positions" }, [
      component({
        component: "recordList",
        previewObject: "vacancy",
        filter: {
          groups: [
            {
              items: [
                {
                  object: null,
                  relation: null,
                  property: "status_vacancy",
                  operator: "any",
                  value: ["open"],
                },
              ],
            },
          ],
        },
        limit: 12,
        previews: ["card"],
      }),
    ]),
    applyBox,
  ],
};

function vacancyPage(n: number, record: StoredRecord): WebpageDef {
  const title = String(record.values.title);
  const description = String(record.values.description ?? "");
  return {
    uuid: seedUuid("webpage", 100 + n),
    subdomain: DEMO_SUBDOMAIN,
    rootSlug: CAREERS_ROOT_SLUG,
    slug: String(record.values.slug),
    title,
    excerpt: description,
    image: null,
    recordUuid: record.uuid,
    isPublished: record.uuid !== DRAFT_VACANCY_UUID,
    metaData: { title: `${title} | Careers at Demo`, description },
    content: [
      box({ layout: "section" }, [component({ component: "recordDetail", previews: ["detail"] })]),
      applyBox,
    ],
  };
}

/**
 * The careers site: the landing page, one published page per open active
 * vacancy, and an unpublished page for the draft "Engineering Manager".
 */
export const WEBPAGES: readonly WebpageDef[] = [
  home,
  ...seedVacancies().flatMap((record, i) => {
    const publishable = record.values.status_vacancy === "open" && record.deletedAt === null;
    return publishable || record.uuid === DRAFT_VACANCY_UUID ? [vacancyPage(i + 1, record)] : [];
  }),
];
