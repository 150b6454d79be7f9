import { kasarVacancyId } from "../../emulator/kasar/src/demo";
import { KASAR_DEMO_LIST_FIELDS } from "../../emulator/kasar/src/edge-settings";
import { kasarControl } from "./helpers";

/** The demo's open vacancies (seed numbers), newest `publish_date` first: the list's default order. */
export const OPEN_BY_NEWEST = [11, 10, 8, 6, 4, 3, 2, 1];

/** A public record as the edge answers it. */
export interface PublicRecord {
  uuid: string;
  updatedAt?: string;
  properties: Record<string, unknown>;
}

/** A list answer. */
export interface ListBody {
  data: PublicRecord[];
  meta: { page: number; limit: number; total: number; lastPage: number; nextCursor: string | null };
}

/**
 * The demo vacancies as the edge must answer them, from the emulator's stored
 * records: the list's public fields only (null where Kasar has no value).
 */
export async function expectedVacancies(): Promise<Map<number, PublicRecord>> {
  const response = await kasarControl("/records?object=vacancies");
  const { data } = (await response.json()) as {
    data: { id: string; updated_at: string; values: Record<string, unknown> }[];
  };
  const byNumber = new Map<number, PublicRecord>();
  for (let n = 1; n <= 12; n++) {
    const stored = data.find((record) => record.id === kasarVacancyId(n));
    if (!stored) continue;
    byNumber.set(n, {
      uuid: stored.id,
      updatedAt: stored.updated_at,
      properties: Object.fromEntries(
        KASAR_DEMO_LIST_FIELDS.map((field) => [field, stored.values[field] ?? null]),
      ),
    });
  }
  return byNumber;
}
