import type { RelationEdge, StoredRecord } from "../types";
import { seedCandidates } from "./candidates";
import { seedVacancies } from "./vacancies";

/** All seeded records and relation edges, freshly built so a reset never shares objects with the past. */
export function seedData(): { records: StoredRecord[]; edges: RelationEdge[] } {
  const candidates = seedCandidates();
  return { records: [...seedVacancies(), ...candidates.records], edges: candidates.edges };
}
