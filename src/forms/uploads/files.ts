import type { FormSettings } from "../../config/forms";
import { ApiError, type FieldIssue } from "../../http/errors";
import type { CaraerClient } from "../../upstream/client";
import { UPLOAD_PART_NAME } from "../../upstream/contract";
import { UpstreamError } from "../../upstream/errors";
import { type DetectedType, hasActiveMarkup, SNIFF_BYTES, sniffType, TAIL_BYTES } from "./sniff";

/** A file that passed the limits and the type check, ready to forward. */
export interface CheckedFile {
  /** The form field (or upload part) the file came in. */
  field: string;
  file: File;
  /** The client's file name, cleaned for display. */
  name: string;
  detected: DetectedType;
}

/** What the edge answers for an uploaded file. */
export interface UploadedFile {
  key: string;
  name: string;
  size: number;
  type: string;
}

/** The client's file name without a path or control characters, at most 200 characters. */
function displayName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  let clean = "";
  for (const char of base) clean += char.charCodeAt(0) < 0x20 || char === "\u007f" ? "" : char;
  return clean.trim().slice(-200) || "file";
}

/** The name sent to the CRM: the display name with the extension of the detected type. */
export function uploadName(file: CheckedFile): string {
  return `${file.name.replace(/\.[A-Za-z0-9]{1,8}$/, "")}${file.detected.extension}`;
}

/** Overlap of two windows of a text scan, so markup cut by a window's end is still seen. */
const SCAN_OVERLAP = 1024;

/**
 * Whether a text file holds active markup anywhere (docs/security.md,
 * "Uploads"), read in windows so a large file is never one string.
 */
async function textHasMarkup(file: File): Promise<boolean> {
  for (let start = 0; start < file.size; start += SNIFF_BYTES) {
    const window = await file.slice(Math.max(0, start - SCAN_OVERLAP), start + SNIFF_BYTES).text();
    if (hasActiveMarkup(window)) return true;
  }
  return false;
}

/**
 * Checks files against a form's upload settings: count and size (413
 * `PAYLOAD_TOO_LARGE`), then the type recognised from the content against
 * the allowlist, and text files for markup (415 `UNSUPPORTED_MEDIA_TYPE`). Every file's problem
 * is reported at once, under `field[index]`.
 */
export async function checkFiles(
  files: { field: string; file: File }[],
  uploads: FormSettings["uploads"],
): Promise<CheckedFile[]> {
  if (files.length > uploads.maxFiles) {
    throw new ApiError("PAYLOAD_TOO_LARGE", `Send at most ${uploads.maxFiles} files at once.`, {
      issues: [
        {
          field: files[0]?.field ?? UPLOAD_PART_NAME,
          code: "too_many_files",
          message: `At most ${uploads.maxFiles} files are accepted.`,
        },
      ],
    });
  }
  const tooLarge: FieldIssue[] = [];
  const wrongType: FieldIssue[] = [];
  const checked: CheckedFile[] = [];
  const indexes = new Map<string, number>();
  for (const { field, file } of files) {
    const index = indexes.get(field) ?? 0;
    indexes.set(field, index + 1);
    const path = `${field}[${index}]`;
    if (file.size > uploads.maxFileBytes) {
      tooLarge.push({
        field: path,
        code: "file_too_large",
        message: `Each file may be at most ${uploads.maxFileBytes} bytes.`,
      });
      continue;
    }
    const detected = sniffType(
      new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()),
      new Uint8Array(await file.slice(-TAIL_BYTES).arrayBuffer()),
    );
    if (!detected || !uploads.allowedTypes.includes(detected.kind)) {
      wrongType.push({
        field: path,
        code: "type_not_allowed",
        message: `Accepted file types: ${uploads.allowedTypes.join(", ")}.`,
      });
      continue;
    }
    if (detected.kind === "txt" && (await textHasMarkup(file))) {
      wrongType.push({
        field: path,
        code: "markup_not_allowed",
        message: "Text files may not contain HTML markup; send the document as PDF instead.",
      });
      continue;
    }
    checked.push({ field, file, name: displayName(file.name), detected });
  }
  if (tooLarge.length > 0) {
    throw new ApiError("PAYLOAD_TOO_LARGE", "A file is larger than this form accepts.", {
      issues: tooLarge,
    });
  }
  if (wrongType.length > 0) {
    throw new ApiError("UNSUPPORTED_MEDIA_TYPE", "A file is of a type this form does not accept.", {
      issues: wrongType,
    });
  }
  return checked;
}

/**
 * Forwards checked files to Caraer's upload route in one call and pairs each
 * with the key Caraer returned. The detected type travels as the part's type.
 */
export async function forwardFiles(
  caraer: CaraerClient,
  formUuid: string,
  files: CheckedFile[],
): Promise<UploadedFile[]> {
  const parts = new FormData();
  for (const file of files) {
    parts.append(
      UPLOAD_PART_NAME,
      new File([file.file], uploadName(file), { type: file.detected.mime }),
    );
  }
  const keys = await caraer.uploadFormFiles(formUuid, parts);
  if (keys.length !== files.length) throw new UpstreamError("forms.upload", "invalid_response");
  return files.map((file, index) => ({
    key: keys[index] as string,
    name: file.name,
    size: file.file.size,
    type: file.detected.mime,
  }));
}
