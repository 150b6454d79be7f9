import { describe, expect, it } from "vitest";
import { unstable_startWorker } from "wrangler";
import { edgeWorkerInput, OPTIONAL_SECRETS } from "../../scripts/edge-dev.mjs";
import { SECRET_KEYS } from "../../src/config/config";
import { readRepositoryFile, writeTemporaryFile } from "./temp-files.mjs";

const ADMIN_TOKEN = "local-admin-token-for-this-test";
const WEBHOOK_SECRET = "local-webhook-secret-for-this-test";

// Runs in Node: starts the edge exactly as `npm start` does, with a temporary dev vars file.
describe("npm start's configuration", () => {
  it("declares every secret the Worker reads: required in wrangler.toml, the rest optional", () => {
    const toml = readRepositoryFile("wrangler.toml");
    const required = /\[secrets\]\s*required\s*=\s*\[([^\]]*)\]/.exec(toml)?.[1] ?? "";
    const declared = [...required.matchAll(/"([A-Z_]+)"/g)].map((match) => match[1]);
    expect([...declared, ...OPTIONAL_SECRETS].sort()).toEqual([...SECRET_KEYS].sort());
  });

  it("gives the edge the optional secrets of .dev.vars, not only the required one", async () => {
    const devVars = writeTemporaryFile(
      ".dev.vars",
      `CARAER_API_TOKEN=local-token\nADMIN_TOKEN=${ADMIN_TOKEN}\nWEBHOOK_SECRET=${WEBHOOK_SECRET}\n`,
    );
    const worker = await unstable_startWorker(edgeWorkerInput({ devVars, port: 0, watch: false }));
    try {
      const origin = (await worker.url).origin;
      const operator = await fetch(`${origin}/v1/admin/dead-letters`, {
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      expect(operator.status).toBe(200);
      expect(await operator.json()).toEqual({ data: [], meta: { nextCursor: null } });
      // The webhook checks the secret before the body: a wrong one is refused, the right one is not.
      const hook = (secret: string) =>
        fetch(`${origin}/v1/hooks/caraer`, {
          method: "POST",
          headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" },
          body: "{}",
        });
      expect((await hook("wrong-secret-of-some-length")).status).toBe(401);
      expect((await hook(WEBHOOK_SECRET)).status).toBe(400);
    } finally {
      await worker.dispose();
    }
  }, 60_000);
});
