import * as z from "zod/v4";
import { PROPERTIES_MAX_PAGES, PROPERTIES_PAGE_SIZE, RECORD_RETURN_FORMAT } from "./contract";
import {
  envelope,
  OptionSchema,
  PreviewSchema,
  PropertySchema,
  PublicFormSchema,
  paginated,
  RecordSchema,
  WebpageSchema,
} from "./schemas";
import { createTransport, segment, type TransportOptions } from "./transport";

/** Body of `POST /records/index` (docs/caraer-contract.md §3). */
export interface RecordsIndexBody {
  mainObject: string;
  page: number;
  limit: number;
  query?: string | null;
  filter?: { groups: { items: Record<string, unknown>[] }[] };
  show?: { object: string | null; relation: string | null; property: string }[];
  sort?: {
    object: string | null;
    relation: string | null;
    property: string;
    direction: "ASC" | "DESC";
  }[];
}

/** Query options of `POST /records/index`. */
export interface RecordsIndexOptions {
  archived?: boolean;
  relatedRecordUuid?: string;
}

/** Body of the public form options route. */
export interface OptionsQuery {
  query?: string;
  page: number;
  limit: number;
}

const RecordsPage = paginated(RecordSchema);
const OptionsPage = paginated(OptionSchema);
const PropertiesPage = paginated(PropertySchema);
// Caraer's spec is inconsistent about wrapping webpages in `{ message, data }`; accept both.
const WebpageResponse = z.union([
  envelope(WebpageSchema).transform((body) => body.data),
  WebpageSchema,
]);

/**
 * The typed Caraer API client: one function per endpoint this project uses.
 * Public routes (forms, webpages) are called without the token.
 */
export function createCaraerClient(options: TransportOptions) {
  const request = createTransport(options);
  const company = segment(options.companyUuid);

  return {
    /** `POST /objects/{object}/properties/index`, every page: the object's merged property list. */
    async listProperties(object: string) {
      const properties: z.infer<typeof PropertySchema>[] = [];
      for (let page = 1; page <= PROPERTIES_MAX_PAGES; page++) {
        const result = await request({
          endpoint: "properties.index",
          method: "POST",
          path: `/objects/${segment(object)}/properties/index`,
          json: { page, limit: PROPERTIES_PAGE_SIZE },
          auth: "token",
          schema: PropertiesPage,
        });
        properties.push(...result.data);
        if (page >= result.lastPage || result.data.length === 0) break;
      }
      return properties;
    },

    /** `POST /records/index`: a page of records. */
    indexRecords(body: RecordsIndexBody, query: RecordsIndexOptions = {}) {
      return request({
        endpoint: "records.index",
        method: "POST",
        path: "/records/index",
        query: {
          recordReturnFormat: RECORD_RETURN_FORMAT,
          archived: query.archived === undefined ? undefined : String(query.archived),
          relatedRecordUuid: query.relatedRecordUuid,
        },
        json: body,
        auth: "token",
        schema: RecordsPage,
      });
    },

    /** `GET /records/{uuid}/previews/{name}`. */
    async getPreview(uuid: string, name: string) {
      const result = await request({
        endpoint: "records.preview",
        method: "GET",
        path: `/records/${segment(uuid)}/previews/${segment(name)}`,
        auth: "token",
        schema: envelope(PreviewSchema),
      });
      return result.data;
    },

    /** `POST /records/relations/{from}/{relation}/{to}`: idempotent upstream (merge). */
    async createRelation(fromUuid: string, relation: string, toUuid: string) {
      await request({
        endpoint: "relations.create",
        method: "POST",
        path: `/records/relations/${segment(fromUuid)}/${segment(relation)}/${segment(toUuid)}`,
        auth: "token",
        schema: z.unknown(),
      });
    },

    /** `GET /forms/public/{company}/{form}`. */
    async getPublicForm(formUuid: string) {
      const result = await request({
        endpoint: "forms.get",
        method: "GET",
        path: `/forms/public/${company}/${segment(formUuid)}`,
        auth: "public",
        schema: envelope(PublicFormSchema),
      });
      return result.data;
    },

    /** `POST /forms/public/{company}/{form}/upload`: returns one file key per part. */
    async uploadFormFiles(formUuid: string, files: FormData) {
      const result = await request({
        endpoint: "forms.upload",
        method: "POST",
        path: `/forms/public/${company}/${segment(formUuid)}/upload`,
        form: files,
        auth: "public",
        schema: envelope(z.array(z.string())),
      });
      return result.data;
    },

    /** `POST /forms/public/{company}/{form}/submit`: returns the created record's UUID. */
    async submitPublicForm(formUuid: string, form: unknown, signal?: AbortSignal) {
      const result = await request({
        endpoint: "forms.submit",
        method: "POST",
        path: `/forms/public/${company}/${segment(formUuid)}/submit`,
        json: form,
        auth: "public",
        schema: envelope(z.string().min(1)),
        ...(signal ? { signal } : {}),
      });
      return result.data;
    },

    /** `POST /forms/public/{company}/{property}/options`. */
    formOptions(propertyUuid: string, query: OptionsQuery) {
      return request({
        endpoint: "forms.options",
        method: "POST",
        path: `/forms/public/${company}/${segment(propertyUuid)}/options`,
        json: query,
        auth: "public",
        schema: OptionsPage,
      });
    },

    /** `GET /webpages/public/{root}/{slug}` with `X-Caraer-Subdomain`; wrapped or bare answers. */
    getWebpage(rootSlug: string, slug: string) {
      return request({
        endpoint: "webpages.get",
        method: "GET",
        path: `/webpages/public/${segment(rootSlug)}/${segment(slug)}`,
        auth: "public",
        subdomain: true,
        schema: WebpageResponse,
      });
    },
  };
}

/** The Caraer API client. */
export type CaraerClient = ReturnType<typeof createCaraerClient>;
