interface ImportMetaEnv {
  /** The edge's origin, e.g. `https://jobs.example.com`. */
  readonly VITE_CARAER_EDGE?: string;
}
