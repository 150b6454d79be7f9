import type { PreviewDef } from "../types";
import { seedUuid } from "./ids";

const CARD_STYLING = {
  layout: "card",
  backgroundColor: "#ffffff",
  textColor: "#111827",
  borderColor: "#e5e7eb",
  borderRadius: 8,
  padding: 16,
};

/** Preview templates. `detail` binds `hiring_budget` and `recruiter_email` on purpose: they are not webpagePublic. */
export const PREVIEWS: readonly PreviewDef[] = [
  {
    uuid: seedUuid("preview", 1),
    name: "card",
    object: "vacancy",
    styling: CARD_STYLING,
    grid: [
      [{ property: "title", settings: { variant: "heading" } }],
      [{ property: "location" }, { property: "employment_type" }],
      [{ property: "salary_range" }],
      [{ text: "Join a team that builds the future of recruiting." }],
      [{ buttonText: "View vacancy", buttonUrl: "/careers/{{slug}}" }],
    ],
  },
  {
    uuid: seedUuid("preview", 2),
    name: "detail",
    object: "vacancy",
    styling: { ...CARD_STYLING, layout: "detail", padding: 24 },
    grid: [
      [{ property: "title", settings: { variant: "heading" } }],
      [{ property: "description" }],
      [{ property: "department" }, { property: "hours" }],
      [{ property: "salary_range" }, { property: "publish_date" }],
      [{ property: "hiring_budget" }, { property: "recruiter_email" }],
    ],
  },
];
