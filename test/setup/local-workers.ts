import type { TestProject } from "vitest/node";

/** A global setup module that starts Workers, provides their origins, and returns how to stop them. */
type WorkersSetup = () => Promise<{
  default: (project: TestProject) => Promise<() => Promise<void>>;
}>;

// Imported only when needed: wrangler alone takes seconds to load.
const caraerEmulator: WorkersSetup = () => import("./emulator");
const turnstile: WorkersSetup = () => import("./turnstile");
const kasarEmulator: WorkersSetup = () => import("./kasar-emulator");
const browserStack: WorkersSetup = () => import("../browser/setup");

/**
 * The local Workers each test project reaches over HTTP. The browser project
 * has an emulator and an edge of its own: its files run while the edge
 * project's reset and inject faults into theirs, and faults are global to an emulator.
 */
const WORKERS_BY_PROJECT: Readonly<Record<string, readonly WorkersSetup[]>> = {
  edge: [caraerEmulator, turnstile],
  browser: [browserStack],
  "kasar-client": [kasarEmulator],
};

/**
 * Root global setup (vitest.config.ts): starts, once per `vitest run`, the
 * Workers of the projects that have test files in this run, and provides their
 * origins on the root project, which every project inherits.
 *
 * Why here and not per project: a project's global setup is loaded through that
 * project's Vite pipeline, and under `cloudflareTest` that transforms all of
 * wrangler (15 MB) before the first Worker starts (about 20 s, more on a loaded
 * machine); the root project loads it as a plain Node module.
 */
export default async function setup(root: TestProject): Promise<() => Promise<void>> {
  const starts = new Set(projectsInRun(root).flatMap((name) => WORKERS_BY_PROJECT[name] ?? []));
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
  // One after another: two local Workers starting at the same moment can find their shared
  // `.wrangler/state` SQLite files locked (SQLITE_BUSY), which kills one of them.
  for (const load of starts) {
    try {
      stops.push(await (await load()).default(root));
    } catch (error) {
      await stopAll();
      throw error;
    }
  }
  return stopAll;
}

/**
 * Names of the projects with test files in this run: those selected with
 * `--project`, narrowed to the ones matching a file of the run when the
 * run's files are known (`vitest run src/x.test.ts` starts no Worker).
 */
function projectsInRun(root: TestProject): string[] {
  const { projects, state } = root.vitest;
  // `state` is marked experimental in Vitest 4; without the paths, every selected project counts.
  const paths = state.getPaths();
  return projects
    .filter((project) => paths.length === 0 || paths.some((path) => project.matchesTestGlob(path)))
    .map((project) => project.name);
}
