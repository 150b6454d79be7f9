import type { FC } from "hono/jsx";
import { RESERVED_FIELDS } from "../../forms/reserved";
import { idPrefix } from "./ids";
import { postedText } from "./state";
import type { FormViewProps } from "./view-props";

/** The spam layers and bookkeeping of a form: honeypot, render time, idempotency key, related record. */
export const ReservedInputs: FC<FormViewProps> = (props) => {
  const honeypot = props.settings.spam.honeypotField;
  const honeypotId = `${idPrefix(props.formUuid)}-hp`;
  const loadedAt =
    postedText(props.state?.values[RESERVED_FIELDS.loadedAt]) || String(props.loadedAt ?? "");
  return (
    <>
      {/* Off-screen for people, tempting for bots: a filled honeypot is answered like a success and dropped. */}
      <div class="caraer-hp" aria-hidden="true">
        <label for={honeypotId}>{props.t("honeypot")}</label>
        <input type="text" id={honeypotId} name={honeypot} tabindex={-1} autocomplete="off" />
      </div>
      {loadedAt && <input type="hidden" name={RESERVED_FIELDS.loadedAt} value={loadedAt} />}
      {props.idempotencyKey && (
        <input type="hidden" name={RESERVED_FIELDS.idempotencyKey} value={props.idempotencyKey} />
      )}
      {props.related && (
        <input type="hidden" name={RESERVED_FIELDS.relatedRecordUuid} value={props.related.uuid} />
      )}
    </>
  );
};
