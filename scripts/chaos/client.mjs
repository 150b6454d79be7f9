// What the chaos runner's visitors and operator do over HTTP.

/** Waits `ms` milliseconds. */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `tasks` with at most `limit` in flight; results keep the tasks' order. */
export async function pooled(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** A JSON call that answers `{ status, body }`, or `{ status: null }` when no answer came. */
export async function call(url, init = {}, timeoutMs = 15_000) {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    let body = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: response.status, body, headers: response.headers };
  } catch (error) {
    return { status: null, error: error?.cause?.code ?? error?.name ?? "error" };
  }
}

/** Polls `check` every `intervalMs` until it answers something other than undefined, or `timeoutMs` passes. */
export async function eventually(check, { timeoutMs, intervalMs }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) return undefined;
    await sleep(intervalMs);
  }
}
