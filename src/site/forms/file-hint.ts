import type { FormSettings } from "../../config/forms";
import type { Translate } from "../i18n";

/** A file size as people read it: "2 MB", "300 KB". */
function sizeText(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return mib >= 1 ? `${Number(mib.toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The accepted kinds of file as people name them ("PDF, DOCX"), not as the `accept` list spells them. */
export function fileTypesText(settings: FormSettings): string {
  return settings.uploads.allowedTypes.map((kind) => kind.toUpperCase()).join(", ");
}

/** The accepted-files sentence of a file field. */
export function fileHint(settings: FormSettings, t: Translate): string {
  const { maxFiles, maxFileBytes } = settings.uploads;
  const types = fileTypesText(settings);
  const size = sizeText(maxFileBytes);
  return maxFiles > 1
    ? t("fileLimits", { count: maxFiles, size, types })
    : t("fileLimitsOne", { size, types });
}
