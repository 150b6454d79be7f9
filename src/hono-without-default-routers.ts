/**
 * What Hono's `Hono` class module (`hono/dist/hono.js`) is in the deployed
 * bundle (`[alias]` in wrangler.toml). Hono's own class builds a
 * `SmartRouter` over `RegExpRouter` and `TrieRouter` when it is given no
 * router, so all three are bundled even though `createApp()` gives its app a
 * `TrieRouter` (src/app.ts). This is the same class with that default taken
 * out: the router is the one the options name, else a `TrieRouter`, so an app
 * routes exactly as in the tests, which load Hono unaliased (README, "Bundle size").
 */
import { HonoBase } from "hono/hono-base";
import { TrieRouter } from "hono/router/trie-router";
import type { BlankEnv, BlankSchema, Env, Schema } from "hono/types";

type Options<E extends Env> = ConstructorParameters<typeof HonoBase<E>>[0];

/** Hono's `Hono`, routing with the router its options name (a `TrieRouter` by default). */
export class Hono<
  E extends Env = BlankEnv,
  S extends Schema = BlankSchema,
  BasePath extends string = "/",
> extends HonoBase<E, S, BasePath> {
  constructor(options: Options<E> = {}) {
    super(options);
    this.router = options.router ?? new TrieRouter();
  }
}
