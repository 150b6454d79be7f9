/**
 * What zod's classic schemas get for its JSON-Schema generator in the deployed
 * bundle (`[alias]` in wrangler.toml). zod attaches a JSON-Schema processor to
 * every schema type, so the generator (about 18 KiB minified) is bundled even
 * though nothing calls `toJSONSchema()`: `/openapi.json` is generated at build
 * time, in Node and without this alias, by `@asteasolutions/zod-to-openapi`,
 * which walks the schemas itself (scripts/build-openapi.mjs). The one function
 * zod's own getters reach (`schema.minLength`, `.format` and the like) is
 * `aggregateChecks`, re-exported unchanged. The rest
 * throw, so a call that slipped in would fail loudly rather than produce a
 * wrong document. The tests (Vite) do not apply the alias; `npm run bundle`
 * checks the aliased build (README, "Bundle size").
 */
export { aggregateChecks } from "../node_modules/zod/v4/core/json-schema-processors.js";

function unsupported(): never {
  throw new Error("JSON Schema generation is not part of this build (README, Bundle size)");
}

export const anyProcessor = unsupported;
export const arrayProcessor = unsupported;
export const bigintProcessor = unsupported;
export const booleanProcessor = unsupported;
export const catchProcessor = unsupported;
export const customProcessor = unsupported;
export const dateProcessor = unsupported;
export const defaultProcessor = unsupported;
export const enumProcessor = unsupported;
export const fileProcessor = unsupported;
export const functionProcessor = unsupported;
export const intersectionProcessor = unsupported;
export const lazyProcessor = unsupported;
export const literalProcessor = unsupported;
export const mapProcessor = unsupported;
export const nanProcessor = unsupported;
export const neverProcessor = unsupported;
export const nonoptionalProcessor = unsupported;
export const nullProcessor = unsupported;
export const nullableProcessor = unsupported;
export const numberProcessor = unsupported;
export const objectProcessor = unsupported;
export const optionalProcessor = unsupported;
export const pipeProcessor = unsupported;
export const prefaultProcessor = unsupported;
export const promiseProcessor = unsupported;
export const readonlyProcessor = unsupported;
export const recordProcessor = unsupported;
export const setProcessor = unsupported;
export const stringProcessor = unsupported;
export const successProcessor = unsupported;
export const symbolProcessor = unsupported;
export const templateLiteralProcessor = unsupported;
export const transformProcessor = unsupported;
export const tupleProcessor = unsupported;
export const undefinedProcessor = unsupported;
export const unionProcessor = unsupported;
export const unknownProcessor = unsupported;
export const voidProcessor = unsupported;
export const toJSONSchema = unsupported;
/** Stands in for zod's `to-json-schema.js`, whose methods are only built when called. */
export const createToJSONSchemaMethod = () => unsupported;
export const createStandardJSONSchemaMethod = () => unsupported;
