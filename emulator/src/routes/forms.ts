import { Hono } from "hono";
import * as z from "zod/v4";
import { parseJsonText, readBody } from "../body";
import type { AppEnv } from "../context";
import { notFound } from "../errors";
import { formIndex, formOr404, publicForm, resolveCompany } from "../forms/present";
import { submitForm } from "../forms/submit";
import { storeUploads } from "../forms/upload";
import { envelope, paginate, pagingFields } from "../respond";
import { propertyByUuid } from "../schema";

const OptionsBody = z.object({ query: z.string().nullish(), ...pagingFields }).nullish();

/** Public form routes under `/forms/public/{companyUuid}`: no token needed. */
export const formRoutes = new Hono<AppEnv>()
  .get("/:company/index", (c) => {
    resolveCompany(c.req.param("company"), c.req.header("x-caraer-company-uuid"));
    return c.json(envelope("Forms fetched", formIndex()));
  })
  .get("/:company/:form", (c) => {
    resolveCompany(c.req.param("company"), c.req.header("x-caraer-company-uuid"));
    return c.json(envelope("Form fetched", publicForm(formOr404(c.req.param("form")))));
  })
  .post("/:company/:form/upload", async (c) => {
    resolveCompany(c.req.param("company"), c.req.header("x-caraer-company-uuid"));
    const form = formOr404(c.req.param("form"));
    return c.json(envelope("Files uploaded", await storeUploads(form, c.req.raw)));
  })
  .post("/:company/:form/submit", async (c) => {
    resolveCompany(c.req.param("company"), c.req.header("x-caraer-company-uuid"));
    const form = formOr404(c.req.param("form"));
    const record = submitForm(form, parseJsonText(await c.req.text()));
    return c.json(envelope("Form submitted", record.uuid));
  })
  .post("/:company/:property/options", async (c) => {
    resolveCompany(c.req.param("company"), c.req.header("x-caraer-company-uuid"));
    const def = propertyByUuid(c.req.param("property"));
    // nonPublic properties do not exist for public callers.
    if (!def || def.nonPublic) throw notFound(`Property ${c.req.param("property")}`);
    const body = await readBody(c, OptionsBody);
    const q = body?.query?.trim().toLowerCase() ?? "";
    const options = def.options
      .filter(
        (o) => q === "" || o.name.toLowerCase().includes(q) || o.label.toLowerCase().includes(q),
      )
      .map((o) => ({
        name: o.name,
        label: o.label,
        icon: o.icon ?? null,
        color: o.color ?? null,
        disabled: o.disabled ?? false,
      }));
    return c.json(paginate("Options fetched", options, body?.page, body?.limit));
  });
