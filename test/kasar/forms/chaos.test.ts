import { describe, inject, it } from "vitest";
import { type AppliedFault, CHAOS_KINDS, chaosFaults, runChaos } from "../../forms/support/chaos";
import { kasarControl, kasarFault, resetKasar } from "../helpers";
import {
  ASSOCIATE,
  applicationValues,
  FORM,
  OPEN_VACANCY,
  type StoredCandidate,
  UPSERT,
  uploadPdf,
} from "./support";

/** The run's seed (test/setup/chaos-seed.ts): `CHAOS_SEED=N` replays a run's fault pattern. */
const SEED = inject("chaosSeed");

describe("chaos on Kasar", () => {
  it("loses and doubles nothing while Kasar fails or hangs on 40% of upsert and association calls", async () => {
    await runChaos(
      {
        name: "kasar",
        form: FORM,
        vacancy: OPEN_VACANCY,
        reset: resetKasar,
        uploadCv: async () => (await uploadPdf()).key,
        values: (i, email, cv) => ({
          ...applicationValues(cv, email),
          first_name: `Applicant${i}`,
        }),
        async injectChaos(seed) {
          // The upsert is the create, the association PUT the link (docs/kasar-contract.md §6).
          for (const fault of [
            ...chaosFaults("POST", UPSERT, seed, 0),
            ...chaosFaults("PUT", ASSOCIATE, seed, CHAOS_KINDS.length),
          ])
            await kasarFault(fault);
        },
        refuseCreates: () => kasarFault({ method: "POST", path: UPSERT, status: 503 }),
        faults: async () =>
          ((await (await kasarControl("/faults")).json()) as { data: AppliedFault[] }).data,
        clearFaults: async () => {
          await kasarControl("/faults", { method: "DELETE" });
        },
        records: async () => {
          const response = await kasarControl("/records?object=candidates");
          const { data } = (await response.json()) as { data: StoredCandidate[] };
          return data.map((record) => ({
            email: String(record.values.email),
            links: record.associations,
          }));
        },
        links: [{ object: "vacancies", id: OPEN_VACANCY }],
      },
      SEED,
    );
  }, 480_000);
});
