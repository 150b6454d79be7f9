// Modules that declare OpenAPI metadata call `.openapi()` on zod schemas, which
// `@hono/zod-openapi` adds to zod's prototype when it is first imported. The
// Worker imports it (src/app.ts) before any route module; tests that import a
// module on its own load it first here, as the Worker would.
import "@hono/zod-openapi";
