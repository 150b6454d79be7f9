import { inject } from "vitest";
import { clearCache, type Fault, type LoggedRequest } from "../helpers";

/** Origin of the Kasar emulator the edge under test talks to. */
export const kasarUrl = inject("kasarEmulatorUrl");

/** Calls the Kasar emulator's control API (`/__emulator/...`). */
export async function kasarControl(path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(`${kasarUrl}/__emulator${path}`, {
    ...init,
    headers: { "Content-Type": "application/json", ...init?.headers },
  });
  if (!response.ok) throw new Error(`kasar emulator control ${path} answered ${response.status}`);
  return response;
}

/** Resets the Kasar emulator to its seed and empties the edge's read cache. */
export async function resetKasar(): Promise<void> {
  await Promise.all([kasarControl("/reset", { method: "POST", body: "{}" }), clearCache()]);
}

/** Injects a fault into the Kasar emulator. */
export async function kasarFault(fault: Fault): Promise<void> {
  await kasarControl("/faults", { method: "POST", body: JSON.stringify(fault) });
}

/** The Kasar emulator's request log, optionally filtered by method and path glob. */
export async function kasarRequests(filter: { method?: string; path?: string } = {}) {
  const query = new URLSearchParams(filter as Record<string, string>).toString();
  const response = await kasarControl(`/requests${query ? `?${query}` : ""}`);
  return ((await response.json()) as { data: LoggedRequest[] }).data;
}

/** Empties the Kasar emulator's request log. */
export async function clearKasarRequests(): Promise<void> {
  await kasarControl("/requests", { method: "DELETE" });
}

/** Path of the search endpoint of the demo vacancies, as the emulator logs it. */
export const VACANCY_SEARCH = "/api/v1/records/vacancies/search";

/**
 * The body of the one search that decides whether a demo vacancy is in the
 * list's scope (the base filter `status = open` plus the id): what a detail
 * read and a form's relation check both send (docs/kasar-contract.md §4).
 */
export function scopeSearchBody(id: string) {
  return {
    filterGroup: {
      operator: "or",
      filters: [
        {
          operator: "and",
          filters: [
            { field: "status", operator: "eq", value: "open" },
            { field: "id", operator: "eq", value: id },
          ],
        },
      ],
    },
    limit: 1,
  };
}
