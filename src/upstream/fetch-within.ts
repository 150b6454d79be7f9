/** How a call that got no answer failed: its own deadline, or the network (or the caller's signal). */
export type NoAnswer = "timeout" | "network";

/**
 * One upstream call with a deadline that also covers reading the body, so a
 * server that sends headers and then stalls still times out. The caller's
 * signal (if any) aborts it too. Every upstream transport (Caraer, Kasar)
 * sends through here and classifies the answer its own way.
 *
 * @example
 * const { response, text } = await fetchWithin(fetch, url, { method: "GET" },
 *   { timeoutMs: 8000 }, (failure) => new UpstreamError(endpoint, failure));
 */
export async function fetchWithin(
  doFetch: typeof fetch,
  url: URL,
  init: Omit<RequestInit, "signal">,
  deadline: { timeoutMs: number; signal?: AbortSignal },
  noAnswer: (failure: NoAnswer) => Error,
): Promise<{ response: Response; text: string }> {
  const timeout = AbortSignal.timeout(deadline.timeoutMs);
  const signal = deadline.signal ? AbortSignal.any([timeout, deadline.signal]) : timeout;
  try {
    const response = await doFetch(url, { ...init, signal });
    return { response, text: await response.text() };
  } catch {
    throw noAnswer(timeout.aborted ? "timeout" : "network");
  }
}
