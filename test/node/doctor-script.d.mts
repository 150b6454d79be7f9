/** What a run of scripts/doctor.mjs printed and how it exited. */
export interface DoctorScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs scripts/doctor.mjs with `args` and `env` added to this process's environment. */
export declare function runDoctorScript(
  args: string[],
  env?: Record<string, string>,
): Promise<DoctorScriptRun>;
