import { DEMO_COMPANY_UUID } from "../demo";
import { notFound } from "../errors";
import { boundProperty, objectByName, objectRef, type PropertyDto, propertyDto } from "../schema";
import { FORMS } from "../seed/forms";
import type { CellSettings, FormCellDef, FormDef, PropertyDef } from "../types";

/** A cell of a public form. */
export interface PublicCell {
  property?: PropertyDto;
  text?: string;
  submitButton?: string;
  settings?: CellSettings;
}

/**
 * The company a public form request addresses: the path's, unless the
 * request sends X-Caraer-Company-Uuid, which overrides it [spec]. Unknown
 * companies are 404.
 */
export function resolveCompany(pathCompany: string, header: string | undefined): string {
  const company = header?.trim() ? header.trim() : pathCompany;
  if (company !== DEMO_COMPANY_UUID) throw notFound(`Company ${company}`);
  return company;
}

/** A form of the demo company, or 404. */
export function formOr404(uuid: string): FormDef {
  const form = FORMS.find((f) => f.uuid === uuid);
  if (!form) throw notFound(`Form ${uuid}`);
  return form;
}

/** Every settings field filled in: the label defaults to the property's. */
export function cellSettings(
  def: PropertyDef,
  settings: Partial<CellSettings> | undefined,
): CellSettings {
  return {
    label: def.label,
    defaultValue: null,
    isRequired: false,
    hidden: false,
    placeholder: null,
    helpText: null,
    styling: null,
    rangeMin: null,
    rangeMax: null,
    ...settings,
  };
}

/** The input cells of a form with their property definitions, in form order. */
export function inputCells(form: FormDef): { def: PropertyDef; settings: CellSettings }[] {
  const object = objectByName(form.object);
  return form.grids.flatMap((g) =>
    g.grid.flat().flatMap((cell) => {
      if (!("property" in cell)) return [];
      const bound = object && boundProperty(object, cell.property);
      return bound ? [{ def: bound.def, settings: cellSettings(bound.def, cell.settings) }] : [];
    }),
  );
}

function publicCell(form: FormDef, cell: FormCellDef): PublicCell {
  if ("text" in cell) return { text: cell.text };
  if ("submitButton" in cell) return { submitButton: cell.submitButton };
  const object = objectByName(form.object);
  const bound = object && boundProperty(object, cell.property);
  if (!bound) throw new Error(`form ${form.uuid} uses unknown property ${cell.property}`);
  const property = propertyDto(bound.def, bound.attached);
  return {
    property: cell.optionsByRequest ? { ...property, options: [] } : property,
    settings: cellSettings(bound.def, cell.settings),
  };
}

/** The PublicForm DTO. */
export function publicForm(form: FormDef) {
  const object = objectByName(form.object);
  if (!object) throw new Error(`form ${form.uuid} targets unknown object ${form.object}`);
  return {
    uuid: form.uuid,
    name: form.name,
    label: form.label,
    description: form.description,
    object: objectRef(object),
    styling: form.styling,
    wizard: form.wizard,
    metadata: { ...form.metadata },
    thankYouMessage: form.thankYouMessage,
    redirectUrl: form.redirectUrl,
    grids: form.grids.map((g) => ({
      title: g.title,
      description: g.description,
      type: g.type,
      grid: g.grid.map((row) => row.map((cell) => publicCell(form, cell))),
    })),
  };
}

/** The short listing of every form (the upstream `/forms/public/{company}/index`). */
export function formIndex() {
  return FORMS.map((form) => {
    const object = objectByName(form.object);
    return {
      uuid: form.uuid,
      name: form.name,
      label: form.label,
      description: form.description,
      object: object ? objectRef(object) : null,
    };
  });
}
