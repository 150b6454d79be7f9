/** Emulator behaviour switches set through `PUT /__emulator/settings`. */
export interface Settings {
  /** Public webpages return every stored property of the backing record (nonPublic too). */
  webpageLeaksPrivate: boolean;
}

const DEFAULTS: Settings = { webpageLeaksPrivate: false };

let current: Settings = { ...DEFAULTS };

/** The current settings. */
export function settings(): Readonly<Settings> {
  return current;
}

/** Merges a partial update and returns the result. */
export function updateSettings(patch: Partial<Settings>): Settings {
  if (patch.webpageLeaksPrivate !== undefined) {
    current = { ...current, webpageLeaksPrivate: patch.webpageLeaksPrivate };
  }
  return current;
}

/** Back to the defaults (on reset). */
export function resetSettings(): void {
  current = { ...DEFAULTS };
}
