/** Bindings of the floor Worker. */
interface FloorEnv {
  CACHE: KVNamespace;
}

const KEY = "page";
const HEADERS = { "Content-Type": "application/json; charset=UTF-8", ETag: '"floor"' };

/** The seeded body, kept in isolate memory for the constant floor. */
let constant: string | undefined;

/**
 * The bench's two floors, serving the bytes the edge serves for the measured
 * list page. `PUT /` seeds them. `GET /kv` reads the body from KV with the one
 * call the edge's cache makes (value and metadata together): the limit of a
 * KV-backed read. `GET /constant` answers from memory: the limit of any Worker
 * on the machine.
 */
export default {
  async fetch(request: Request, env: FloorEnv): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (request.method === "PUT") {
      constant = await request.text();
      await env.CACHE.put(KEY, constant, {
        metadata: { etag: '"floor"', fetchedAt: Date.now() },
      });
      return new Response(null, { status: 204 });
    }
    if (pathname === "/constant") {
      if (constant === undefined) return new Response("not seeded", { status: 404 });
      return new Response(constant, { headers: HEADERS });
    }
    const entry = await env.CACHE.getWithMetadata<{ etag: string }>(KEY, "text");
    if (entry.value === null) return new Response("not seeded", { status: 404 });
    return new Response(entry.value, {
      headers: { ...HEADERS, ETag: entry.metadata?.etag ?? "" },
    });
  },
};
