import { edgeWith } from "../../helpers";

/** The operator token the forms tests configure. */
export const ADMIN_TOKEN = "operator-token-for-tests-0123456789";

/** Calls an operator route with the operator token. */
export function admin(path: string, init: RequestInit = {}): Promise<Response> {
  return edgeWith({ ADMIN_TOKEN }, path, {
    ...init,
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, ...init.headers },
  });
}

/** A dead letter as the operator routes list it. */
export interface DeadLetterBody {
  submissionId: string;
  formUuid: string;
  reason: string;
  attempts: number;
  lastError: string | null;
  createdAt: number;
  deadLetteredAt: number;
}

/** Every dead letter, all pages. */
export async function deadLetters(): Promise<DeadLetterBody[]> {
  const all: DeadLetterBody[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `?cursor=${encodeURIComponent(cursor)}` : "";
    const response = await admin(`/v1/admin/dead-letters${query}`);
    if (response.status !== 200) throw new Error(`dead letters answered ${response.status}`);
    const body = (await response.json()) as {
      data: DeadLetterBody[];
      meta: { nextCursor: string | null };
    };
    all.push(...body.data);
    cursor = body.meta.nextCursor;
  } while (cursor);
  return all;
}
