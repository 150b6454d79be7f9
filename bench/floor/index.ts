/** Bindings of the floor Worker. */
interface FloorEnv {
  CACHE: KVNamespace;
}

const KEY = "page";

/**
 * `PUT /` stores the body to serve; `GET /` serves it from KV with the same
 * read (value and metadata in one call) that the edge's cache uses.
 */
export default {
  async fetch(request: Request, env: FloorEnv): Promise<Response> {
    if (request.method === "PUT") {
      await env.CACHE.put(KEY, await request.text(), {
        metadata: { etag: '"floor"', fetchedAt: Date.now() },
      });
      return new Response(null, { status: 204 });
    }
    const entry = await env.CACHE.getWithMetadata<{ etag: string }>(KEY, "text");
    if (entry.value === null) return new Response("not seeded", { status: 404 });
    return new Response(entry.value, {
      headers: {
        "Content-Type": "application/json; charset=UTF-8",
        ETag: entry.metadata?.etag ?? "",
      },
    });
  },
};
