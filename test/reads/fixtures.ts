import { expect } from "vitest";
import { caraerApi, emulatorRequests } from "../helpers";

/** UUID of seeded vacancy number `n` (1-based row of the emulator's vacancy seed). */
export function vacancy(n: number): string {
  return `30000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
}

/** Vacancy numbers → UUIDs. */
export function vacancies(...numbers: number[]): string[] {
  return numbers.map(vacancy);
}

/** Open, active vacancies in the demo list's default order (newest `publish_date` first). */
export const OPEN_BY_NEWEST = [18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1];

/** The public properties of a vacancy, exactly as the demo list serves them. */
export const PUBLIC_VACANCY_KEYS = [
  "department",
  "description",
  "employment_type",
  "hours",
  "location",
  "publish_date",
  "remote",
  "salary_range",
  "skills",
  "slug",
  "tags",
  "title",
];

/** The body shape of a list page. */
export interface ListBody {
  data: { uuid: string; properties: Record<string, unknown> }[];
  meta: { page: number; limit: number; total: number; lastPage: number };
}

/** The error envelope. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    requestId: string;
    issues?: { field: string; code: string; message: string }[];
  };
}

/** The demo list's base filter item: open vacancies only. */
export const OPEN_ONLY = { property: "status_vacancy", operator: "any", value: ["open"] };

/** A caller's filter item as the edge sends it to Caraer. */
export function callerItem(property: string, operator: string, value: unknown) {
  return { object: null, relation: null, property, operator, value };
}

/** The filter of the last `records/index` call Caraer received. */
export async function lastIndexFilter(): Promise<unknown> {
  const sent = await emulatorRequests({ method: "POST", path: "/api/v2/records/index" });
  return (sent.at(-1)?.body as { filter?: unknown } | undefined)?.filter;
}

/** Renames a vacancy in Caraer (the emulator), as an editor would. */
export async function renameVacancy(uuid: string, title: string): Promise<void> {
  const response = await caraerApi(`/records/vacancy/${uuid}`, {
    method: "PUT",
    body: JSON.stringify({ properties: { title } }),
  });
  expect(response.status).toBe(200);
}

/** How many `records/index` calls the emulator has received. */
export const indexCalls = async () =>
  (await emulatorRequests({ method: "POST", path: "/api/v2/records/index" })).length;
