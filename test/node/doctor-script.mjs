// Runs `npm run doctor`'s script in a child process (the TypeScript test files have no Node typings).
import { execFile } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../../scripts/edge-dev.mjs";

/** Runs scripts/doctor.mjs with `args` and `env` added to this process's environment. */
export function runDoctorScript(args, env = {}) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, "scripts/doctor.mjs"), ...args],
      { cwd: ROOT, env: { ...process.env, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
