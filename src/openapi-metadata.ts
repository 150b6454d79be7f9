/**
 * Whether this build carries the OpenAPI document's metadata: the routes'
 * operation ids, tags, summaries, descriptions, response documentation and
 * examples, and the `.openapi({ ... })` descriptions and examples of their
 * parameters and schemas. Only the generator reads them, and the deployed
 * Worker does not generate the document: `npm run assets` builds it in Node
 * (scripts/build-openapi.mjs) from this module, where the flag is `true`, as
 * in the tests. The Worker build aliases `#openapi-metadata` to
 * src/without-openapi-metadata.ts (wrangler.toml `[alias]`), where it is
 * `false`; esbuild inlines the constant and drops every
 * `...(OPENAPI_METADATA && { ... })` with its strings (README, "Bundle size").
 *
 * Routes and schemas put what only the document reads behind it; what runs
 * (method, path, middleware, the request schemas that validate) stays outside.
 * esbuild decides what to keep before it folds the constant, so anything a
 * dropped literal names (an example, a response schema, a table) stays in the
 * bundle unless it too is behind the flag where it is defined, as in
 * src/routes/examples.ts and src/http/openapi-errors.ts. `npm run bundle`
 * fails if the document's summaries or descriptions are in the bundle.
 */
export const OPENAPI_METADATA = true;
