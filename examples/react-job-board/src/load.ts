import type { ErrorEnvelope } from "@caraer/edge-client";
import { useEffect, useState } from "react";

/** What a read from the edge is: loading, done, or failed with a message for the visitor. */
export type Loaded<T> =
  | { state: "loading" }
  | { state: "done"; value: T }
  | { state: "failed"; status: number; message: string };

/** One answer of the typed client: `data` or the error envelope, and the response. */
interface Answer<T> {
  data?: T;
  error?: ErrorEnvelope;
  response: Response;
}

/** A sentence for the visitor from an error envelope (the `code` says what happened). */
export function explain(error: ErrorEnvelope | undefined, status: number): string {
  if (status === 404) return "This vacancy is no longer open.";
  if (status === 429 || status === 503)
    return "We are busy right now. Please try again in a minute.";
  const issues = error?.error.issues?.map((issue) => issue.message) ?? [];
  return [error?.error.message ?? "Something went wrong.", ...issues].join(" ");
}

/**
 * Runs a read of the typed client whenever `key` changes, cancelling the one
 * before (a visitor typing in the search box must not see an older answer).
 */
export function useEdgeRead<T>(
  read: (signal: AbortSignal) => Promise<Answer<T>>,
  key: string,
): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names everything `read` depends on.
  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ state: "loading" });
    read(controller.signal).then(
      ({ data, error, response }) => {
        if (controller.signal.aborted) return;
        if (data !== undefined) setLoaded({ state: "done", value: data });
        else
          setLoaded({
            state: "failed",
            status: response.status,
            message: explain(error, response.status),
          });
      },
      () => {
        if (!controller.signal.aborted) {
          setLoaded({
            state: "failed",
            status: 0,
            message: "The jobs could not be loaded. Check your connection.",
          });
        }
      },
    );
    return () => controller.abort();
  }, [key]);
  return loaded;
}
