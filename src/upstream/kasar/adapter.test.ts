import { beforeEach, describe, expect, inject, it } from "vitest";
import {
  KASAR_DEMO_TOKEN,
  KASAR_INTERNAL_MARKER,
  KASAR_PRIVATE_VACANCY_FIELDS,
  KASAR_PUBLIC_VACANCY_FIELDS,
  KASAR_RECRUITER_DOMAIN,
  kasarCandidateId,
  kasarVacancyId,
} from "../../../emulator/kasar/src/demo";
import { type ListScope, PortQueryError } from "../port";
import { createKasarPort } from "./adapter";
import { createKasarClient, getRecord } from "./client";

const base = inject("kasarEmulatorUrl");
const client = createKasarClient({ baseUrl: base, token: KASAR_DEMO_TOKEN, timeoutMs: 5_000 });
const port = createKasarPort(client, {
  application: {
    object: "candidates",
    uniqueField: "email",
    linksTo: "vacancies",
    fields: [
      { name: "first_name", label: "Your first name" },
      { name: "email", helpText: "We reply here." },
      { name: "cv", required: true },
      { name: "no_such_field" },
    ],
  },
});
const jobs: ListScope = {
  object: "vacancies",
  baseFilter: [{ field: "status", operator: "eq", value: "open" }],
  fields: ["title", "location", "department"],
};

beforeEach(async () => {
  await fetch(`${base}/__emulator/reset`, { method: "POST" });
});

describe("the Kasar adapter of the upstream port", () => {
  it("queryListPage keeps the base filter, follows cursors and projects to the named fields", async () => {
    const query = {
      conditions: [],
      sort: [{ field: "title", direction: "asc" as const }],
      limit: 5,
    };
    const first = await port.queryListPage(jobs, query);
    expect(first.total).toBe(8);
    expect(first.records[0]).toEqual({
      id: kasarVacancyId(4),
      title: "Account Executive",
      location: "Utrecht",
      department: "sales",
    });
    const second = await port.queryListPage(jobs, { ...query, cursor: first.nextCursor });
    expect([...first.records, ...second.records]).toHaveLength(8);
    expect(second.nextCursor).toBeNull();
  });

  it("never lets a private field out, whichever public fields a list names", async () => {
    for (let n = 0; n <= KASAR_PUBLIC_VACANCY_FIELDS.length; n++) {
      const fields = KASAR_PUBLIC_VACANCY_FIELDS.slice(0, n);
      const page = await port.queryListPage(
        { object: "vacancies", baseFilter: [], fields },
        { conditions: [], sort: [], limit: 100 },
      );
      const text = JSON.stringify(page);
      expect(text).not.toContain(KASAR_INTERNAL_MARKER);
      expect(text).not.toContain(KASAR_RECRUITER_DOMAIN);
      for (const record of page.records)
        expect(Object.keys(record).sort()).toEqual(["id", ...fields].sort());
    }
  });

  it("refuses filters and sorts on fields the list does not publish", async () => {
    for (const field of KASAR_PRIVATE_VACANCY_FIELDS) {
      await expect(
        port.queryListPage(jobs, {
          conditions: [{ field, operator: "is_empty" }],
          sort: [],
          limit: 5,
        }),
      ).rejects.toThrow(new PortQueryError(field));
      await expect(
        port.queryListPage(jobs, {
          conditions: [],
          sort: [{ field, direction: "desc" }],
          limit: 5,
        }),
      ).rejects.toThrow(PortQueryError);
    }
  });

  it("fetchInScope answers a record of the scope and null outside it or when missing", async () => {
    expect(await port.fetchInScope(jobs, kasarVacancyId(1))).toEqual({
      id: kasarVacancyId(1),
      title: "Senior Frontend Developer",
      location: "Amsterdam",
      department: "engineering",
    });
    expect(await port.fetchInScope(jobs, kasarVacancyId(5))).toBeNull(); // closed
    expect(await port.fetchInScope(jobs, kasarCandidateId(1))).toBeNull(); // another object
    expect(await port.fetchInScope(jobs, "nope")).toBeNull();
  });

  it("describeForm merges the configured form with Kasar's schema", async () => {
    expect(await port.describeForm("missing")).toBeNull();
    const form = await port.describeForm("application");
    expect(form).toEqual({
      object: "candidates",
      uniqueField: "email",
      linksTo: "vacancies",
      fields: [
        {
          name: "first_name",
          label: "Your first name",
          type: "text",
          required: true,
          unique: false,
          options: [],
          helpText: null,
        },
        {
          name: "email",
          label: "Email",
          type: "email",
          required: true,
          unique: true,
          options: [],
          helpText: "We reply here.",
        },
        {
          name: "cv",
          label: "CV",
          type: "file",
          required: true,
          unique: false,
          options: [],
          helpText: null,
        },
      ],
    });
  });

  it("createIdempotently twice is one record; link twice is one association", async () => {
    const values = { first_name: "Noor", last_name: "Bakker", email: "noor@example.com" };
    const first = await port.createIdempotently("candidates", "email", values);
    const again = await port.createIdempotently("candidates", "email", values);
    expect(again).toEqual(first);
    const vacancy = { object: "vacancies", id: kasarVacancyId(2) };
    await port.link(first, vacancy);
    await port.link(first, vacancy);
    expect((await getRecord(client, "candidates", first.id)).associations).toEqual({
      vacancies: [kasarVacancyId(2)],
    });
  });
});
