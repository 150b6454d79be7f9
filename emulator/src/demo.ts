/**
 * Fixed identities of the emulator's demo tenant. The edge Worker's dev
 * settings (`.dev.vars.example`) and the test suites use the same values, so
 * they live in one module that both sides import.
 */

/** The demo company (tenant) UUID, sent as `X-Caraer-Company-Uuid`. */
export const DEMO_COMPANY_UUID = "7d3f2a10-5b6c-4e8d-9f01-2a3b4c5d6e7f";

/** The only bearer token the emulator accepts. Deliberately distinctive so leak tests can grep for it. */
export const DEMO_API_TOKEN = "caraer-dev-token-9b1f4c7e2d8a";

/** The subdomain that public webpage requests must name in `X-Caraer-Subdomain`. */
export const DEMO_SUBDOMAIN = "demo";

/** The demo application form, targeting the `candidate` object. */
export const APPLICATION_FORM_UUID = "5f0c9e2a-8b7d-4c3e-a1f6-0d9e8c7b6a50";
