import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ListSchema } from "../config/lists";
import { buildIndexBody, parseListQuery } from "../reads/list-query";
import {
  type Preview,
  PreviewSchema,
  type Property,
  PropertySchema,
  RecordSchema,
  type Webpage,
  WebpageSchema,
} from "../upstream/schemas";
import { projectPreview } from "./preview";
import { publicProperties, toPublicSchema } from "./public-schema";
import { projectRecord } from "./record";
import { projectWebpage } from "./webpage";

const TYPES = [
  "string",
  "number",
  "date",
  "checkbox",
  "single-select",
  "multi-select",
  "tag",
  "range",
  "file",
];

// Names and secret values are distinctive so that "does not appear" cannot be
// satisfied or broken by accident: quoted names never collide with envelope keys.
const nameArb = fc.stringMatching(/^[a-z][a-z0-9_]{2,12}$/).map((name) => `f_${name}`);
const publicValueArb = fc.oneof(
  fc.string({ maxLength: 20 }).map((text) => text.replace(/SECRET/gi, "")),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 3 }),
);

interface GeneratedProperty {
  dto: Record<string, unknown>;
  isPublic: boolean;
  secret: string;
}

/** A random schema: unique names, random flags (missing flags included), one secret marker per property. */
const schemaArb = fc
  .uniqueArray(
    fc.record({
      name: nameArb,
      type: fc.constantFrom(...TYPES),
      webpagePublic: fc.option(fc.boolean(), { nil: undefined }),
      nonPublic: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { selector: (property) => property.name, minLength: 1, maxLength: 12 },
  )
  .map((properties) =>
    properties.map((property, index): GeneratedProperty => {
      const dto: Record<string, unknown> = {
        uuid: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
        name: property.name,
        label: `Label ${index}`,
        type: property.type,
        format: { name: property.type },
      };
      if (property.webpagePublic !== undefined) dto.webpagePublic = property.webpagePublic;
      if (property.nonPublic !== undefined) dto.nonPublic = property.nonPublic;
      return {
        dto,
        isPublic: property.webpagePublic === true && property.nonPublic !== true,
        secret: `SECRET-${index}-${property.name}`,
      };
    }),
  );

function parsedProperties(generated: GeneratedProperty[]): Property[] {
  return generated.map((property) => PropertySchema.parse(property.dto));
}

function assertNoPrivateData(json: string, generated: GeneratedProperty[]) {
  for (const property of generated) {
    if (property.isPublic) continue;
    expect(json).not.toContain(`"${property.dto.name}"`);
    expect(json).not.toContain(property.secret);
  }
}

/** Values for every property: private ones hold their secret marker, public ones random data. */
const valuesArb = (generated: GeneratedProperty[]) =>
  fc
    .tuple(...generated.map(() => publicValueArb))
    .map((publicValues) =>
      generated.map(
        (property, index) =>
          [
            property.dto.name as string,
            property.isPublic ? publicValues[index] : property.secret,
          ] as const,
      ),
    );

describe("projection (property-based)", () => {
  it("records in USER_FRIENDLY and LEGACY shapes keep public names and values only", () => {
    fc.assert(
      fc.property(
        schemaArb.chain((generated) =>
          fc.tuple(fc.constant(generated), valuesArb(generated), fc.boolean()),
        ),
        ([generated, values, legacy]) => {
          const schema = toPublicSchema("thing", publicProperties(parsedProperties(generated)));
          const properties = legacy
            ? values.map(([name, value]) => ({ name, label: name, type: "string", value }))
            : Object.fromEntries(values);
          const extras = Object.fromEntries(
            generated.map((p) => [`extra_${p.dto.name}`, p.secret]),
          );
          const record = RecordSchema.parse({ uuid: "r-1", createdAt: 1, properties, ...extras });
          const projected = projectRecord(record, schema);
          const json = JSON.stringify({ data: [projected] });
          assertNoPrivateData(json, generated);
          for (const [name, value] of values) {
            const property = generated.find((p) => p.dto.name === name);
            if (property?.isPublic) expect(projected.properties[name]).toEqual(value);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("previews drop cells bound to private properties, and every unknown field", () => {
    fc.assert(
      fc.property(
        schemaArb.chain((generated) =>
          fc.tuple(
            fc.constant(generated),
            fc.array(
              fc.array(
                fc.oneof(
                  fc
                    .nat(generated.length - 1)
                    .map((index) => ({ kind: "property" as const, index })),
                  fc
                    .string({ maxLength: 10 })
                    .map((text) => ({ kind: "text" as const, text: text.replace(/SECRET/gi, "") })),
                ),
                { maxLength: 4 },
              ),
              { maxLength: 5 },
            ),
          ),
        ),
        ([generated, layout]) => {
          const schema = toPublicSchema("thing", publicProperties(parsedProperties(generated)));
          const grid = layout.map((row) =>
            row.map((cell) => {
              if (cell.kind === "text")
                return { text: cell.text, buttonText: "Apply", buttonUrl: "https://x.test" };
              const property = generated[cell.index] as GeneratedProperty;
              return {
                property: property.dto,
                value: property.isPublic ? "public value" : property.secret,
                [`stray_${property.dto.name}`]: property.secret,
              };
            }),
          );
          const preview: Preview = PreviewSchema.parse({
            uuid: "p-1",
            name: "card",
            recordUuid: "r-1",
            grid,
            ...Object.fromEntries(generated.map((p) => [`top_${p.dto.name}`, p.secret])),
          });
          const json = JSON.stringify({ data: projectPreview(preview, schema) });
          assertNoPrivateData(json, generated);
          const textCells = layout.flat().filter((cell) => cell.kind === "text").length;
          expect(json.split('"buttonText"').length - 1).toBe(textCells);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("webpages keep public record values only, in properties and parsedProperties, and lose record queries", () => {
    fc.assert(
      fc.property(
        schemaArb.chain((generated) =>
          fc.tuple(fc.constant(generated), valuesArb(generated), fc.boolean()),
        ),
        ([generated, values, objectAsString]) => {
          const schema = toPublicSchema("thing", publicProperties(parsedProperties(generated)));
          const privateNames = generated.filter((p) => !p.isPublic).map((p) => p.dto.name);
          const page: Webpage = WebpageSchema.parse({
            uuid: "w-1",
            title: "Careers",
            object: objectAsString ? "thing" : { uuid: "o-1", name: "thing" },
            content: [
              {
                type: "component",
                settings: {
                  previewObject: "thing",
                  filter: {
                    groups: [
                      {
                        items: privateNames.map((property) => ({
                          property,
                          operator: "is_not_null",
                        })),
                      },
                    ],
                  },
                  sort: privateNames.map((property) => ({ property, direction: "ASC" })),
                },
                children: [],
              },
            ],
            record: {
              uuid: "r-1",
              properties: Object.fromEntries(values),
              parsedProperties: Object.fromEntries(values),
              [`raw_${generated[0]?.dto.name}`]: generated[0]?.secret,
            },
            ...Object.fromEntries(generated.map((p) => [`top_${p.dto.name}`, p.secret])),
          });
          const json = JSON.stringify({ data: projectWebpage(page, schema) });
          assertNoPrivateData(json, generated);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("no caller query makes the Worker filter, sort or show on a private property", () => {
    const queryArb = schemaArb.chain((generated) => {
      const names = generated.map((p) => p.dto.name as string);
      const param = fc.oneof(
        fc
          .tuple(fc.constantFrom(...names), fc.string({ maxLength: 8 }))
          .map(([name, value]) => [`filter[${name}]`, value] as const),
        fc
          .tuple(
            fc.constantFrom(...names),
            fc.constantFrom("equals_exactly", "any", "is_null", "contains_flexibly", "range"),
            fc.string({ maxLength: 8 }),
          )
          .map(([name, op, value]) => [`filter[${name}][${op}]`, value] as const),
        fc
          .tuple(fc.constantFrom(...names), fc.boolean())
          .map(([name, desc]) => ["sort", `${desc ? "-" : ""}${name}`] as const),
        fc.string({ maxLength: 8 }).map((q) => ["q", q] as const),
      );
      return fc.tuple(fc.constant(generated), fc.array(param, { maxLength: 6 }));
    });
    fc.assert(
      fc.property(queryArb, ([generated, params]) => {
        const names = generated.map((p) => p.dto.name as string);
        const schema = toPublicSchema("thing", publicProperties(parsedProperties(generated)));
        // The operator allows everything on every property: only the public set may stop a private one.
        const list = ListSchema.parse({
          object: "thing",
          filter: {
            groups: [{ items: [{ property: "f_base_status", operator: "any", value: ["open"] }] }],
          },
          filterable: Object.fromEntries(
            names.map((name) => [
              name,
              ["equals_exactly", "any", "is_null", "contains_flexibly", "range"],
            ]),
          ),
          sortable: names,
          searchable: names,
        });
        let body: ReturnType<typeof buildIndexBody>;
        try {
          body = buildIndexBody(
            list,
            schema,
            parseListQuery(new URLSearchParams(params.map(([k, v]) => [k, v])), list, schema),
          );
        } catch {
          return; // refused: nothing is sent
        }
        const isPublic = (name: string) => schema.properties.has(name);
        expect((body.show ?? []).every((item) => isPublic(item.property))).toBe(true);
        expect((body.sort ?? []).every((item) => isPublic(item.property))).toBe(true);
        for (const group of body.filter?.groups ?? []) {
          for (const item of group.items.slice(1))
            expect(isPublic(String(item.property))).toBe(true);
          expect(group.items[0]).toEqual({
            property: "f_base_status",
            operator: "any",
            value: ["open"],
          });
        }
      }),
      { numRuns: 500 },
    );
  });
});
