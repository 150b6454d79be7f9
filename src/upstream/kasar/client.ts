import * as z from "zod/v4";
import {
  type KasarFilterGroup,
  type KasarListQuery,
  KasarObjectSchema,
  listParams,
  searchBody,
  upsertBody,
} from "./contract";
import { KasarBatchSchema, KasarOneSchema, KasarPageSchema } from "./schemas";
import { createKasarTransport, type KasarTransportOptions, segment } from "./transport";

const SchemaList = z.looseObject({ data: z.array(KasarObjectSchema) });
const SchemaOne = z.looseObject({ data: KasarObjectSchema });
const AssociationAnswer = z.looseObject({
  data: z.looseObject({
    object: z.string(),
    id: z.string(),
    toObject: z.string(),
    toId: z.string(),
  }),
});

/** A record body for writes: snake_case field names to values. */
export type KasarValues = Record<string, unknown>;

/** `/records/{object}`, the object encoded. */
const records = (object: string) => `/records/${segment(object)}`;

/** `/records/{object}/{id}/associations/{toObject}/{toId}`, every segment encoded. */
const association = (object: string, id: string, toObject: string, toId: string) =>
  `${records(object)}/${segment(id)}/associations/${segment(toObject)}/${segment(toId)}`;

/**
 * The typed Kasar API client: the endpoints the edge calls, as methods
 * (docs/kasar-contract.md). Every call sends the token, has a timeout and
 * answers zod-parsed data or throws a KasarUpstreamError. The other
 * endpoints are the functions below, which take the client: a bundler keeps
 * only those something calls, so the Worker carries none it does not use
 * (README, "Bundle size").
 */
export function createKasarClient(options: KasarTransportOptions) {
  const request = createKasarTransport(options);

  return {
    /** The transport the endpoint functions below send through. */
    request,

    /** `GET /records/{object}`: one page, with `total` and `nextCursor`. */
    listRecords(object: string, query: KasarListQuery = {}, signal?: AbortSignal) {
      return request({
        endpoint: "records.list",
        method: "GET",
        path: records(object),
        query: listParams(query),
        schema: KasarPageSchema,
        ...(signal ? { signal } : {}),
      });
    },

    /** `POST /records/{object}/search`: one page of the records matching a FilterGroup. */
    searchRecords(
      object: string,
      group: KasarFilterGroup,
      query: Omit<KasarListQuery, "filters"> = {},
    ) {
      return request({
        endpoint: "records.search",
        method: "POST",
        path: `${records(object)}/search`,
        json: searchBody(group, query),
        schema: KasarPageSchema,
      });
    },

    /**
     * `POST /records/{object}/batch/upsert` (at most 100), matching on
     * `uniqueField`: a retry after a lost answer updates the record the first
     * try created instead of creating a second one.
     */
    async batchUpsert(
      object: string,
      uniqueField: string,
      values: KasarValues[],
      signal?: AbortSignal,
    ) {
      const result = await request({
        endpoint: "records.batchUpsert",
        method: "POST",
        path: `${records(object)}/batch/upsert`,
        json: upsertBody(uniqueField, values),
        schema: KasarBatchSchema,
        ...(signal ? { signal } : {}),
      });
      return result.data;
    },

    /** `PUT /records/{object}/{id}/associations/{toObject}/{toId}`: idempotent. */
    async associate(object: string, id: string, toObject: string, toId: string) {
      await request({
        endpoint: "associations.create",
        method: "PUT",
        path: association(object, id, toObject, toId),
        schema: AssociationAnswer,
      });
    },

    /** `GET /schema/{object}`: one object's fields. */
    async getSchema(object: string) {
      const result = await request({
        endpoint: "schema.get",
        method: "GET",
        path: `/schema/${segment(object)}`,
        schema: SchemaOne,
      });
      return result.data;
    },
  };
}

/** The Kasar API client. */
export type KasarClient = ReturnType<typeof createKasarClient>;

/** `GET /records/{object}/{id}`: one record (404 RECORD_NOT_FOUND when absent). */
export async function getRecord({ request }: KasarClient, object: string, id: string) {
  const result = await request({
    endpoint: "records.get",
    method: "GET",
    path: `${records(object)}/${segment(id)}`,
    schema: KasarOneSchema,
  });
  return result.data;
}

/** `POST /records/{object}`: creates a record; 409 DUPLICATE_RECORD on a taken unique value. */
export async function createRecord({ request }: KasarClient, object: string, values: KasarValues) {
  const result = await request({
    endpoint: "records.create",
    method: "POST",
    path: records(object),
    json: values,
    schema: KasarOneSchema,
  });
  return result.data;
}

/** `PATCH /records/{object}/{id}`: updates the given fields only. */
export async function updateRecord(
  { request }: KasarClient,
  object: string,
  id: string,
  values: KasarValues,
) {
  const result = await request({
    endpoint: "records.update",
    method: "PATCH",
    path: `${records(object)}/${segment(id)}`,
    json: values,
    schema: KasarOneSchema,
  });
  return result.data;
}

/** `POST /records/{object}/batch/create` (at most 100): all or nothing. */
export async function batchCreate({ request }: KasarClient, object: string, values: KasarValues[]) {
  const result = await request({
    endpoint: "records.batchCreate",
    method: "POST",
    path: `${records(object)}/batch/create`,
    json: { records: values },
    schema: KasarBatchSchema,
  });
  return result.data;
}

/** `POST /records/{object}/batch/update` (at most 100): each item carries its `id`. */
export async function batchUpdate(
  { request }: KasarClient,
  object: string,
  values: (KasarValues & { id: string })[],
) {
  const result = await request({
    endpoint: "records.batchUpdate",
    method: "POST",
    path: `${records(object)}/batch/update`,
    json: { records: values },
    schema: KasarBatchSchema,
  });
  return result.data;
}

/** `DELETE /records/{object}/{id}/associations/{toObject}/{toId}`. */
export async function dissociate(
  { request }: KasarClient,
  object: string,
  id: string,
  toObject: string,
  toId: string,
) {
  await request({
    endpoint: "associations.delete",
    method: "DELETE",
    path: association(object, id, toObject, toId),
    schema: AssociationAnswer,
  });
}

/** `GET /schema`: every object and its fields. */
export async function listSchema({ request }: KasarClient) {
  const result = await request({
    endpoint: "schema.list",
    method: "GET",
    path: "/schema",
    schema: SchemaList,
  });
  return result.data;
}
