/**
 * What the deployed Worker gets for `#openapi-metadata` (wrangler.toml
 * `[alias]`): no OpenAPI metadata, so the document-only literals behind the
 * flag leave the bundle (src/openapi-metadata.ts). `npm run bundle` fails if
 * the document's descriptions show up in the bundle again.
 */
export const OPENAPI_METADATA = false;
