import { beforeEach, describe, expect, it } from "vitest";
import {
  DRAFT_VACANCY_UUID,
  JANE_DOE_UUID,
  OPEN_VACANCY_SLUG,
  OPEN_VACANCY_UUID,
} from "../src/demo";
import { call, type Envelope, type ErrorBody, reset } from "./helpers";

interface Cell {
  property?: { name: string; uuid: string; webpagePublic: boolean };
  value?: unknown;
  text?: string;
  buttonText?: string;
  buttonUrl?: string;
  settings?: Record<string, unknown>;
}
interface Preview {
  uuid: string;
  name: string;
  recordUuid: string;
  url: string | null;
  grid: Cell[][];
  [styling: string]: unknown;
}

const preview = (uuid: string, name: string, query = "") =>
  call<Envelope<Preview>>("GET", `/api/v2/records/${uuid}/previews/${name}${query}`);

/** A cell reduced to what it shows. */
const shape = (cell: Cell) =>
  cell.property
    ? [cell.property.name, cell.value]
    : (cell.text ?? [cell.buttonText, cell.buttonUrl]);

describe("GET /records/{uuid}/previews/{name}", () => {
  beforeEach(() => reset());

  it("fills the card template with the record's raw values", async () => {
    const res = await preview(OPEN_VACANCY_UUID, "card");
    expect(res.status).toBe(200);
    const { grid, ...rest } = res.body.data;
    expect(rest).toEqual({
      uuid: "60000000-0000-4000-8000-000000000001",
      name: "card",
      recordUuid: OPEN_VACANCY_UUID,
      url: `https://demo.caraer.site/careers/${OPEN_VACANCY_SLUG}`,
      layout: "card",
      backgroundColor: "#ffffff",
      textColor: "#111827",
      borderColor: "#e5e7eb",
      borderRadius: 8,
      padding: 16,
    });
    expect(grid.map((row) => row.map(shape))).toEqual([
      [["title", "Senior Frontend Developer"]],
      [
        ["location", "Amsterdam"],
        ["employment_type", "full_time"],
      ],
      [["salary_range", "5000;6500"]],
      ["Join a team that builds the future of recruiting."],
      [["View vacancy", `/careers/${OPEN_VACANCY_SLUG}`]],
    ]);
    expect(grid[0]?.[0]).toMatchObject({
      property: {
        name: "title",
        type: "string",
        format: { name: "single-line" },
        webpagePublic: true,
      },
      settings: { variant: "heading" },
    });
  });

  it("includes the non-webpagePublic cells of the detail template (the edge must drop them)", async () => {
    const res = await preview(OPEN_VACANCY_UUID, "detail", "?parse=true");
    const cells = res.body.data.grid.flat();
    expect(cells.map(shape)).toEqual([
      ["title", "Senior Frontend Developer"],
      [
        "description",
        "Build the candidate-facing web apps of our recruiting platform with TypeScript and React.",
      ],
      ["department", "Engineering"],
      ["hours", 40],
      ["salary_range", "5000 - 6500"],
      ["publish_date", "2026-01-12"],
      ["hiring_budget", 92000],
      ["recruiter_email", "sanne.visser@talent.demo-internal.example"],
    ]);
    expect(
      cells.filter((c) => c.property?.webpagePublic === false).map((c) => c.property?.name),
    ).toEqual(["hiring_budget", "recruiter_email"]);
  });

  it("has no url when the record has no published page", async () => {
    expect((await preview(DRAFT_VACANCY_UUID, "card")).body.data.url).toBeNull();
  });

  it("answers 404 for an unknown record, preview, or an object without that preview", async () => {
    for (const [uuid, name] of [
      ["30000000-0000-4000-8000-000000000099", "card"],
      [OPEN_VACANCY_UUID, "pill"],
      [JANE_DOE_UUID, "card"],
    ] as const) {
      const res = await call<ErrorBody>("GET", `/api/v2/records/${uuid}/previews/${name}`);
      expect(res.status).toBe(404);
      expect(res.body.errors[0]?.type).toBe("NOT_FOUND");
    }
  });

  it("needs a token", async () => {
    const res = await call("GET", `/api/v2/records/${OPEN_VACANCY_UUID}/previews/card`, undefined, {
      auth: false,
    });
    expect(res.status).toBe(401);
  });
});
