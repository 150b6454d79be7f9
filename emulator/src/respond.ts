import * as z from "zod/v4";
import { DEFAULT_LIMIT, DEFAULT_PAGE, MAX_LIMIT } from "./ours";

/** Caraer's success envelope. */
export interface Envelope<T> {
  message: string;
  data: T;
}

/** Caraer's paginated envelope. */
export interface PageEnvelope<T> extends Envelope<T[]> {
  total: number;
  page: number;
  perPage: number;
  lastPage: number;
}

/** `page` and `limit` as request bodies carry them (both optional, 1-based page). */
export const pagingFields = {
  page: z.number().int().min(1).nullish(),
  limit: z.number().int().min(1).nullish(),
};

/** Wraps data in the success envelope. */
export function envelope<T>(message: string, data: T): Envelope<T> {
  return { message, data };
}

/** One page of `items`; `limit` defaults to 25 and is capped at 250. */
export function paginate<T>(
  message: string,
  items: T[],
  page: number | null | undefined,
  limit: number | null | undefined,
): PageEnvelope<T> {
  const p = page ?? DEFAULT_PAGE;
  const perPage = Math.min(limit ?? DEFAULT_LIMIT, MAX_LIMIT);
  return {
    message,
    data: items.slice((p - 1) * perPage, p * perPage),
    total: items.length,
    page: p,
    perPage,
    lastPage: Math.max(1, Math.ceil(items.length / perPage)),
  };
}
