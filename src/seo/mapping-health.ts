import type { Config } from "../config/config";
import type { JobPostingMapping } from "../config/site";
import type { FieldIssue } from "../http/errors";
import type { Logger } from "../observability/log";
import type { PublicSchema } from "../projection/public-schema";
import { cachedPublicSchema } from "../reads/public-schema";
import type { ReadContext } from "../services/read-context";
import { jobPostingIssues, mappedProperties } from "./job-posting";

/**
 * JSON-LD mappings of `SITE` lists that name a property outside the list
 * object's public set: a configuration error that only the properties index
 * can reveal, so it is found at run time rather than when the configuration
 * is parsed. Uses only what is already cached (never calls Caraer), so a
 * list whose public set is not cached yet is not checked yet.
 */
export async function siteMappingIssues(
  ctx: Pick<ReadContext, "kv" | "tenant" | "upstream">,
  config: Config,
): Promise<FieldIssue[]> {
  const checks = Object.entries(config.SITE?.lists ?? {}).map(async ([name, shown]) => {
    const list = config.LISTS[name];
    if (!shown.jobPosting || !list) return [];
    const schema = await cachedPublicSchema(ctx, list);
    return schema ? jobPostingIssues(name, shown.jobPosting, schema) : [];
  });
  return (await Promise.all(checks)).flat();
}

const reported = new Set<string>();

/**
 * Logs a list's mapping errors once per isolate (not once per page view).
 * The log names the properties at fault: logs are for operators, and the
 * operator wrote the names.
 */
export function reportMappingIssues(
  log: Logger,
  list: string,
  mapping: JobPostingMapping,
  schema: PublicSchema,
): void {
  const issues = jobPostingIssues(list, mapping, schema);
  if (issues.length === 0) return;
  const signature = `${list}|${schema.fingerprint}|${issues.map((issue) => issue.field).join(",")}`;
  if (reported.has(signature)) return;
  reported.add(signature);
  const properties = Object.fromEntries(
    mappedProperties(mapping).filter(([, property]) => !schema.properties.has(property)),
  );
  log.error("site.jobposting_not_public", {
    list,
    fields: issues.map((issue) => issue.field),
    properties,
  });
}
