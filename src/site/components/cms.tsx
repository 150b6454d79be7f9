import { raw } from "hono/html";
import type { Child, FC } from "hono/jsx";
import type { Config } from "../../config/config";
import { ANY_FORM } from "../../config/forms";
import type { PublicSchema } from "../../projection/public-schema";
import type { ReadContext } from "../../services/read-context";
import type { SiteView } from "../context";
import { loadListView } from "../data";
import { formatValue, propertyLabel } from "../format";
import { safeUrl, sanitizeRichText } from "../sanitize";
import { JobList, valueFormat } from "./job-list";

/** One node of a Caraer webpage's content tree. */
interface ContentNode {
  type?: unknown;
  settings?: Record<string, unknown>;
  children?: unknown;
}

/** What rendering a content tree needs. */
export interface CmsContext {
  view: SiteView;
  config: Config;
  read: ReadContext;
  /** The page's backing record (public values only) and its object's public set. */
  record: { uuid: string | null; properties: Record<string, unknown> } | null;
  schema: PublicSchema | null;
}

/** Deeper trees are cut off: a page is never that deep, and recursion must be bounded. */
const MAX_DEPTH = 12;
/** Most records a `recordList` component shows. */
const MAX_LIST = 24;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value : null;

/**
 * Renders a content tree as semantic HTML: `box` nodes become sections (a
 * `title` setting their heading), `component` nodes their element. Only
 * known components render; an unknown one renders nothing, never its raw
 * settings. No setting ever becomes an inline style.
 */
export const CmsContent: FC<{ nodes: unknown; ctx: CmsContext; depth?: number }> = ({
  nodes,
  ctx,
  depth = 0,
}) => {
  if (!Array.isArray(nodes) || depth > MAX_DEPTH) return null;
  return (
    <>
      {nodes.map((node: ContentNode) =>
        node && typeof node === "object" ? (
          node.type === "box" ? (
            <CmsBox node={node} ctx={ctx} depth={depth} />
          ) : node.type === "component" ? (
            <CmsComponent settings={node.settings ?? {}} ctx={ctx} />
          ) : null
        ) : null,
      )}
    </>
  );
};

const CmsBox: FC<{ node: ContentNode; ctx: CmsContext; depth: number }> = ({
  node,
  ctx,
  depth,
}) => {
  const settings = node.settings ?? {};
  const title = text(settings.title);
  const children = <CmsContent nodes={node.children} ctx={ctx} depth={depth + 1} />;
  if (settings.layout === "hero") return <section class="caraer-cms-hero">{children}</section>;
  return (
    <section class="caraer-section">
      {title && <h2>{title}</h2>}
      {children}
    </section>
  );
};

async function RichText({ html }: { html: string }): Promise<Child> {
  return <div class="caraer-richtext">{raw(await sanitizeRichText(html))}</div>;
}

async function RecordList({
  settings,
  ctx,
}: {
  settings: Record<string, unknown>;
  ctx: CmsContext;
}): Promise<Child> {
  const entry = Object.entries(ctx.view.site.lists).find(
    ([name]) => ctx.config.LISTS[name]?.object === settings.previewObject,
  );
  const list = entry ? ctx.config.LISTS[entry[0]] : undefined;
  if (!entry || !list) return null;
  const [name, shown] = entry;
  const wanted = typeof settings.limit === "number" ? Math.floor(settings.limit) : list.pageSize;
  const limit = Math.max(1, Math.min(wanted, list.maxPageSize, MAX_LIST));
  const result = await loadListView(
    ctx.read,
    name,
    list,
    new URLSearchParams({ limit: String(limit) }),
  );
  return (
    <>
      <JobList
        view={ctx.view}
        name={name}
        shown={shown}
        schema={result.schema}
        records={result.records}
      />
      <p>
        <a href={`/jobs/${name}`}>{ctx.view.t("allJobs", { count: result.meta.total })}</a>
      </p>
    </>
  );
}

const RecordFacts: FC<{ ctx: CmsContext }> = ({ ctx }) => {
  const { record, schema, view } = ctx;
  if (!record || !schema) return null;
  const format = { ...valueFormat(view, { summary: [], homeCount: 0, intro: "" }) };
  const facts = [...schema.properties.values()].flatMap((property) => {
    const value = formatValue(property, record.properties[property.name], format);
    return value ? [{ label: propertyLabel(property), value }] : [];
  });
  if (facts.length === 0) return null;
  return (
    <dl class="caraer-props caraer-card">
      {facts.map((fact) => (
        <>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </>
      ))}
    </dl>
  );
};

const CmsComponent: FC<{ settings: Record<string, unknown>; ctx: CmsContext }> = ({
  settings,
  ctx,
}) => {
  switch (settings.component) {
    case "heading": {
      const heading = text(settings.text);
      const level = settings.level === 3 ? 3 : 2;
      if (!heading) return null;
      return level === 3 ? <h3>{heading}</h3> : <h2>{heading}</h2>;
    }
    case "text": {
      const html = text(settings.text);
      return html ? <RichText html={html} /> : null;
    }
    case "image": {
      const src = text(settings.src) ?? text(settings.url);
      if (!src || !safeUrl(src, new Set(["https:"]))) return null;
      return <img src={src} alt={text(settings.alt) ?? ""} loading="lazy" />;
    }
    case "button":
    case "link": {
      const href = text(settings.url) ?? text(settings.href);
      const label = text(settings.text) ?? text(settings.label);
      if (!href || !label || !safeUrl(href)) return null;
      return (
        <p>
          <a class={settings.component === "button" ? "caraer-button" : undefined} href={href}>
            {label}
          </a>
        </p>
      );
    }
    case "recordList":
      return <RecordList settings={settings} ctx={ctx} />;
    case "recordDetail":
      return <RecordFacts ctx={ctx} />;
    case "form": {
      const form =
        typeof settings.form === "string" && UUID.test(settings.form)
          ? settings.form.toLowerCase()
          : null;
      if (!form || !(ctx.config.FORMS[form] ?? ctx.config.FORMS[ANY_FORM])) return null;
      const vacancy = ctx.record?.uuid ? `?vacancy=${encodeURIComponent(ctx.record.uuid)}` : "";
      return (
        <p>
          <a class="caraer-button" href={`/forms/${form}${vacancy}`}>
            {ctx.view.t("applyNow")}
          </a>
        </p>
      );
    }
    default:
      return null;
  }
};
