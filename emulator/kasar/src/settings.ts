import * as z from "zod/v4";

/** The body of `PUT /__emulator/settings`. */
export const SettingsPatch = z.strictObject({
  /** Requests each token may make per window, or null for no limit (the default). */
  rateLimit: z
    .strictObject({
      limit: z.number().int().min(1),
      windowSeconds: z.number().int().min(1),
    })
    .nullable()
    .optional(),
});

/** Emulator behaviour switches. */
export interface Settings {
  rateLimit: { limit: number; windowSeconds: number } | null;
}

const DEFAULTS: Settings = { rateLimit: null };
let current: Settings = { ...DEFAULTS };

/** The current settings. */
export function settings(): Readonly<Settings> {
  return current;
}

/** Merges a partial update and returns the result. */
export function updateSettings(patch: z.output<typeof SettingsPatch>): Settings {
  if (patch.rateLimit !== undefined) current = { ...current, rateLimit: patch.rateLimit };
  return current;
}

/** Back to the defaults (on reset). */
export function resetSettings(): void {
  current = { ...DEFAULTS };
}
