import { TURNSTILE_TEST_SECRETS, TURNSTILE_UNAVAILABLE_SECRET } from "./turnstile-keys";

/** One verification request the stub received. */
export interface SiteverifyCall {
  secret: string | null;
  response: string | null;
  remoteip: string | null;
  idempotency_key: string | null;
}

let calls: SiteverifyCall[] = [];

function fail(code: string): Response {
  return Response.json({ success: false, "error-codes": [code] });
}

/** What siteverify answers, per Cloudflare's documentation of the test secret keys. */
function verdict(call: SiteverifyCall): Response {
  if (call.secret === TURNSTILE_UNAVAILABLE_SECRET)
    return new Response("unavailable", { status: 503 });
  if (!call.secret) return fail("missing-input-secret");
  if (!call.response) return fail("missing-input-response");
  switch (call.secret) {
    case TURNSTILE_TEST_SECRETS.pass:
      return Response.json({
        success: true,
        "error-codes": [],
        challenge_ts: new Date().toISOString(),
        hostname: "example.com",
      });
    case TURNSTILE_TEST_SECRETS.fail:
      return fail("invalid-input-response");
    case TURNSTILE_TEST_SECRETS.spent:
      return fail("timeout-or-duplicate");
    default:
      return fail("invalid-input-secret");
  }
}

async function readForm(request: Request): Promise<URLSearchParams> {
  if ((request.headers.get("content-type") ?? "").includes("application/json")) {
    return new URLSearchParams((await request.json()) as Record<string, string>);
  }
  return new URLSearchParams(await request.text());
}

/**
 * A stub of Cloudflare's Turnstile siteverify endpoint (`POST /siteverify`)
 * with the documented test secret keys, and a log of its calls at
 * `GET /calls` (`DELETE /calls` empties it) for assertions.
 */
export default {
  async fetch(request) {
    const path = new URL(request.url).pathname;
    if (path === "/calls") {
      if (request.method === "DELETE") calls = [];
      return Response.json({ data: calls });
    }
    if (path !== "/siteverify" || request.method !== "POST")
      return new Response(null, { status: 404 });
    const form = await readForm(request);
    const call: SiteverifyCall = {
      secret: form.get("secret"),
      response: form.get("response"),
      remoteip: form.get("remoteip"),
      idempotency_key: form.get("idempotency_key"),
    };
    calls.push(call);
    return verdict(call);
  },
} satisfies ExportedHandler;
