import type { Config } from "../config/config";
import { ANY_FORM } from "../config/forms";
import type { ListDefinition } from "../config/lists";
import { inputCells, isReadOnly } from "../forms/cells";
import type { CaraerClient } from "../upstream/client";
import { UpstreamError } from "../upstream/errors";
import type {
  FormFacts,
  ListFacts,
  ObjectFacts,
  RelationFacts,
  Snapshot,
  Unreachable,
} from "./snapshot";

/** A call's value, or what its failure says about the thing asked for. */
type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; facts: { status: "missing" } | { status: "rejected" } | Unreachable };

// Sorts a failed call into "Caraer says no such thing" (404), "Caraer refuses the
// request" (another 4xx) and "could not ask" (everything else).
async function attempt<T>(call: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (error instanceof UpstreamError && error.notFound)
      return { ok: false, facts: { status: "missing" } };
    if (
      error instanceof UpstreamError &&
      error.failure === "client_error" &&
      error.status !== 401 &&
      error.status !== 403
    ) {
      return { ok: false, facts: { status: "rejected" } };
    }
    const reason = error instanceof UpstreamError ? error.message : "unexpected error";
    return { ok: false, facts: { status: "failed", reason } };
  }
}

// A refusal where only "found" or "not found" make sense reads as not found.
function asMissing<T extends { status: string }>(
  facts: T,
): Exclude<T, { status: "rejected" }> | { status: "missing" } {
  return facts.status === "rejected"
    ? { status: "missing" }
    : (facts as Exclude<T, { status: "rejected" }>);
}

async function objectFacts(caraer: CaraerClient, object: string): Promise<ObjectFacts> {
  const result = await attempt(() => caraer.listProperties(object));
  return result.ok ? { status: "ok", properties: result.value } : asMissing(result.facts);
}

async function listFacts(caraer: CaraerClient, list: ListDefinition): Promise<ListFacts> {
  // One record through the list's own base filter: proves the filter and gives previews a record.
  const page = await attempt(() =>
    caraer.indexRecords({ mainObject: list.object, page: 1, limit: 1, filter: list.filter }),
  );
  if (!page.ok) {
    const filter = page.facts.status === "missing" ? ({ status: "rejected" } as const) : page.facts;
    return { filter, previews: null };
  }
  const record = page.value.data[0];
  if (!record) return { filter: { status: "ok" }, previews: null };
  const previews: ListFacts["previews"] = {};
  for (const name of list.previews) {
    const result = await attempt(() => caraer.getPreview(record.uuid, name));
    previews[name] = result.ok ? "ok" : result.facts.status === "failed" ? result.facts : "missing";
  }
  return { filter: { status: "ok" }, previews };
}

async function formFacts(caraer: CaraerClient, uuid: string): Promise<FormFacts> {
  const result = await attempt(() => caraer.getPublicForm(uuid));
  if (!result.ok) return asMissing(result.facts);
  const files = inputCells(result.value).filter(
    (cell) => cell.property.type === "file" && !isReadOnly(cell.property),
  );
  return { status: "ok", object: result.value.object?.name ?? null, fileInputs: files.length };
}

/**
 * Whether Caraer knows `relation` between the form's object and the list's
 * object, asked read-only: a records index of the list's object filtered on
 * records related through that relation to records of the form's object.
 * Caraer refuses an unknown relation, or one that does not join the two
 * objects (docs/caraer-contract.md §3).
 */
async function relationFacts(
  caraer: CaraerClient,
  relation: string,
  listObject: string,
  formObject: string,
): Promise<RelationFacts> {
  const result = await attempt(() =>
    caraer.indexRecords({
      mainObject: listObject,
      page: 1,
      limit: 1,
      filter: {
        groups: [
          { items: [{ object: formObject, relation, property: null, relationIncluded: true }] },
        ],
      },
    }),
  );
  return result.ok ? { status: "ok" } : asMissing(result.facts);
}

/**
 * Gathers what the configuration doctor checks against, live from Caraer
 * through the upstream client (no cache): the properties index of every list
 * object, each list's base filter and previews, each served form and each
 * form relation. Read-only; one call per fact, run in parallel.
 */
export async function gatherSnapshot(config: Config, caraer: CaraerClient): Promise<Snapshot> {
  const lists = Object.entries(config.LISTS);
  const objectNames = [...new Set(lists.map(([, list]) => list.object))];
  const formUuids = Object.keys(config.FORMS).filter((key) => key !== ANY_FORM);
  const [objects, listResults, forms] = await Promise.all([
    Promise.all(objectNames.map(async (name) => [name, await objectFacts(caraer, name)] as const)),
    Promise.all(lists.map(async ([name, list]) => [name, await listFacts(caraer, list)] as const)),
    Promise.all(formUuids.map(async (uuid) => [uuid, await formFacts(caraer, uuid)] as const)),
  ]);
  const formsByUuid = Object.fromEntries(forms);
  const relations = await Promise.all(
    formUuids.flatMap((uuid) => {
      const relation = config.FORMS[uuid]?.relation;
      const list = relation && config.LISTS[relation.list];
      const form = formsByUuid[uuid];
      if (!relation || !list || form?.status !== "ok" || !form.object) return [];
      return [
        relationFacts(caraer, relation.name, list.object, form.object).then(
          (facts) => [uuid, facts] as const,
        ),
      ];
    }),
  );
  return {
    objects: Object.fromEntries(objects),
    lists: Object.fromEntries(listResults),
    forms: formsByUuid,
    relations: Object.fromEntries(relations),
  };
}
