import { kvKeys } from "../cache/keys";
import type { Crm } from "../config/config";
import { ledgerNamed } from "../delivery/bindings";
import { enqueueDelivery } from "../delivery/enqueue";
import type { AcceptResult, LedgerAnswer } from "../delivery/ledger";
import type { Services } from "../http/context";
import { ApiError, type FieldIssue } from "../http/errors";
import { MULTI_VALUE_SEPARATOR } from "../upstream/contract";
import type { RawSubmission } from "./body";
import { isDecoy, rememberDecoy } from "./decoy";
import type { FormDefinition } from "./definition";
import { callerKey, ledgerName, payloadHash } from "./idempotency";
import type { ServedForm } from "./served";
import { turnstileIdempotencyKey, verifyTurnstile } from "./turnstile";
import { type CheckedFile, checkFiles } from "./uploads/files";
import { recordUploads } from "./uploads/receipts";
import { type ValidSubmission, validateSubmission } from "./validate";
import { isBlank } from "./values";

/** What a submission request gets back when it is not refused. */
export type SubmissionOutcome =
  | { kind: "accepted"; submissionId: string; answer: LedgerAnswer }
  /** A honeypot catch: answered like a queued submission, never delivered. */
  | { kind: "decoy"; submissionId: string; replayed: boolean };

/** Everything a submission needs from its request. */
export interface SubmissionInput {
  env: Env;
  services: Services;
  served: ServedForm;
  definition: FormDefinition;
  raw: RawSubmission;
  /** The `Idempotency-Key` header. */
  idempotencyHeader: string | undefined;
  /** `CF-Connecting-IP`, for Turnstile. */
  clientIp: string | undefined;
  /** The client as the rate limits count it: scopes payload-derived idempotency. */
  client: string;
  /**
   * Waits for the strict rate limit's decision, which runs while the body is
   * read (`src/ratelimit/admission.ts`); throws its refusal. Nothing of the
   * submission reaches Caraer, a ledger or a queue before it resolves.
   */
  admitted: () => Promise<void>;
}

async function checkPostedFiles(
  raw: RawSubmission,
  input: SubmissionInput,
): Promise<Map<string, CheckedFile[]>> {
  const posted = Object.entries(raw.files).flatMap(([field, files]) =>
    files.map((file) => ({ field, file })),
  );
  const checked = await checkFiles(posted, input.served.settings.uploads);
  const byField = new Map<string, CheckedFile[]>();
  for (const file of checked) byField.set(file.field, [...(byField.get(file.field) ?? []), file]);
  return byField;
}

/** Uploads the files of a multipart submission and adds their keys to the cells. */
async function uploadPostedFiles(valid: ValidSubmission, input: SubmissionInput): Promise<void> {
  const files = [...valid.files.values()].flat();
  if (files.length === 0) return;
  const uploaded = await input.services
    .submissionsFor("read", input.env.CACHE)
    .storeFiles(input.served, files);
  await recordUploads(input.env.CACHE, input.served.uuid, uploaded);
  uploaded.forEach((upload, index) => {
    const field = files[index]?.field as string;
    const keys = [valid.cells.get(field), upload.key].filter(
      (key) => key !== undefined && key !== "",
    );
    valid.cells.set(field, keys.join(MULTI_VALUE_SEPARATOR));
  });
}

/** How a refusal names the CRM that refused. */
const CRM_NAMES: Record<Crm, string> = { caraer: "Caraer", kasar: "Kasar" };

/** Maps a refusal by the CRM to what the caller is told. */
function refusal(result: Extract<AcceptResult, { kind: "refused" }>, crm: Crm): ApiError {
  const name = CRM_NAMES[crm];
  if (result.stage === "scope") {
    return new ApiError("VALIDATION_FAILED", "Some fields need attention.", {
      issues: [
        {
          field: "relatedRecordUuid",
          code: "not_found",
          message: "The related record does not exist or is closed.",
        },
      ],
    });
  }
  if (result.status === 404) return new ApiError("NOT_FOUND", "No such form.");
  if (result.status === 400 || result.status === 422) {
    const issues: FieldIssue[] = (result.types.length > 0 ? result.types : ["GENERAL"]).map(
      (type) => ({
        field: "values",
        code: type.toLowerCase(),
        message: `${name} refused a value of this submission.`,
      }),
    );
    return new ApiError("VALIDATION_FAILED", `${name} refused the submission.`, { issues });
  }
  return new ApiError("UPSTREAM_ERROR", `${name} gave an unexpected answer.`);
}

/** Verifies the Turnstile token when the form asks for one (403 or 503 when it fails). */
async function checkTurnstile(input: SubmissionInput, submissionId: string): Promise<void> {
  const { config } = input.services;
  if (!config.TURNSTILE_SECRET || !input.served.settings.spam.turnstile) return;
  await verifyTurnstile({
    verifyUrl: config.TURNSTILE_VERIFY_URL,
    secret: config.TURNSTILE_SECRET,
    token: input.raw.turnstileToken,
    remoteIp: input.clientIp,
    idempotencyKey: turnstileIdempotencyKey(submissionId),
  });
}

/** A honeypot catch, past the same checks as a real submission: a queued answer, nothing sent. */
async function decoy(input: SubmissionInput, name: string): Promise<SubmissionOutcome> {
  const { env, served, services } = input;
  // A name no real submission has, so a catch never touches a real ledger.
  const { submissionId } = ledgerNamed(env, `decoy:${name}`);
  if (await isDecoy(env.CACHE, served.uuid, submissionId)) {
    return { kind: "decoy", submissionId, replayed: true };
  }
  await checkTurnstile(input, submissionId);
  await rememberDecoy(
    env.CACHE,
    served.uuid,
    submissionId,
    services.config.SUBMISSION_RETENTION_SECONDS,
  );
  return { kind: "decoy", submissionId, replayed: false };
}

/**
 * Handles one parsed submission through the spam layers, validation and the
 * submission's ledger, cheapest refusal first: file limits, validation, a
 * replay of an earlier answer, Turnstile, then uploads and delivery; the
 * strict rate limit is waited for after the file checks, before validation. A
 * honeypot catch goes through the same checks and is then answered like a
 * queued submission (a decoy). Refusals are thrown as `ApiError`s.
 */
export async function handleSubmission(input: SubmissionInput): Promise<SubmissionOutcome> {
  const { raw, served, services, env } = input;
  const caught = !isBlank(raw.honeypot);
  if (caught) {
    // Counted through this log event (one line per catch); the bot sees a normal answer.
    services.log.warn("forms.spam_blocked", { form: served.uuid, layer: "honeypot" });
  }
  const checkedFiles = await checkPostedFiles(raw, input);
  // Validation may look up a related record in the CRM: only for an admitted request.
  await input.admitted();
  // The scope check must not hold the caller longer than a delivery try would.
  const crm = services.submissionsFor("inline", env.CACHE);
  const valid = await validateSubmission(raw, {
    served,
    definition: input.definition,
    config: services.config,
    crm,
    kv: env.CACHE,
    checkedFiles,
    now: Date.now(),
  });
  const key = callerKey(input.idempotencyHeader, raw.idempotencyKey);
  const hash = await payloadHash(served.uuid, valid);
  const name = ledgerName(served.uuid, key, hash, input.client);
  if (caught) return decoy(input, name);
  const { submissionId, ledger } = ledgerNamed(env, name);
  const earlier = await ledger.peek(hash);
  if (earlier) return outcomeOf(submissionId, earlier, key, crm.crm);
  await checkTurnstile(input, submissionId);
  await uploadPostedFiles(valid, input);
  const prepared = crm.prepare(served.uuid, input.definition.form, valid);
  const result = await ledger.accept({ payloadHash: hash, prepared });
  if (result.kind === "refused") {
    // The CRM disagreeing with the edge's validation may mean the cached form is outdated.
    await env.CACHE.delete(await kvKeys.form(served.uuid));
  }
  if (result.kind !== "defer") return outcomeOf(submissionId, result, key, crm.crm);
  try {
    await enqueueDelivery(env.DELIVERIES, submissionId, served.uuid, result.delaySeconds);
  } catch (error) {
    // Never a false success: the ledger stays unaccepted, and a retry of the same
    // submission looks for a record a lost submit may have created before trying again.
    services.log.error("submission.queue_failed", {
      form: served.uuid,
      submissionId,
      errorName: error instanceof Error ? error.name : typeof error,
    });
    throw new ApiError(
      "UPSTREAM_UNAVAILABLE",
      "The submission could not be accepted right now; send it again shortly.",
      { headers: { "Retry-After": "30" } },
    );
  }
  const answer = await ledger.queued(result.delaySeconds);
  return {
    kind: "accepted",
    submissionId,
    answer: answer ?? { status: "queued", recordUuid: null, replayed: false },
  };
}

function outcomeOf(
  submissionId: string,
  result: AcceptResult,
  key: string | undefined,
  crm: Crm,
): SubmissionOutcome {
  switch (result.kind) {
    case "answer": {
      const { answer } = result;
      // Without a key of its own, a repeat may come from someone else behind the same
      // address who knows the values: it learns that it was accepted, never which record.
      const shown = answer.replayed && key === undefined ? { ...answer, recordUuid: null } : answer;
      return { kind: "accepted", submissionId, answer: shown };
    }
    case "conflict":
      throw new ApiError(
        "IDEMPOTENCY_KEY_REUSED",
        "This idempotency key was already used for a different submission.",
      );
    case "refused":
      throw refusal(result, crm);
    case "defer":
      // Deferred results are queued by the caller before an outcome exists.
      throw new Error("a deferred submission has no outcome yet");
  }
}
