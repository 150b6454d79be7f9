/**
 * What `@hono/zod-openapi` receives for its `import { z } from "zod"` in the
 * deployed bundle (`[alias]` in wrangler.toml). The library only passes `z` to
 * `extendZodWithOpenApi`, which adds `.openapi()` to `z.ZodType.prototype`; a
 * `z` namespace object would drag all of zod (and its 64 locale files) into the
 * bundle, because esbuild cannot tree-shake a namespace that is used as a value.
 * Our own code imports `* as z from "zod/v4"` (Biome enforces it), the same
 * classes, so `.openapi()` and runtime validation work unchanged. The library
 * re-exports this `z`; Biome forbids importing it.
 */
import { ZodType } from "zod/v4";

/** The one member of zod that `extendZodWithOpenApi` reads. */
export const z = { ZodType };
