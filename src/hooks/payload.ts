import * as z from "zod/v4";
import { Uuid } from "../config/patterns";

/**
 * The parts of a Caraer webhook payload that invalidation needs
 * (`{ event: { type }, record: { record: { uuid, objectName } }, companyUuid }`).
 * Property values in the payload are never read, stored or logged.
 */
export const WebhookPayloadSchema = z.looseObject({
  event: z.looseObject({ type: z.string().max(64) }),
  record: z.looseObject({
    record: z.looseObject({
      uuid: Uuid,
      objectName: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/),
    }),
  }),
  companyUuid: Uuid.optional(),
});
