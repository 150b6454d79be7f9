const escapeRegExp = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&");

/**
 * Compiles a path glob: `*` matches within one segment (alone, a whole
 * segment), `**` as a segment matches any rest, including nothing.
 */
export function globToRegExp(glob: string): RegExp {
  const segments = glob.split("/");
  const parts = segments.map((segment, i) => {
    const slash = i === 0 ? "" : "/";
    if (segment === "**") return i === 0 ? ".*" : "(?:/.*)?";
    return slash + segment.split("*").map(escapeRegExp).join("[^/]*");
  });
  return new RegExp(`^${parts.join("")}$`);
}

/** Whether `path` matches `glob`. */
export function matchGlob(glob: string, path: string): boolean {
  return globToRegExp(glob).test(path);
}
