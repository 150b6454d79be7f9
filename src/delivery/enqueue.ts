import type { DeliveryMessage } from "./messages";

/** Puts a submission on the deliveries queue. Only identifiers travel; the content stays in its ledger. */
export async function enqueueDelivery(
  queue: Queue,
  submissionId: string,
  formUuid: string,
  delaySeconds = 0,
): Promise<void> {
  const message: DeliveryMessage = { v: 1, submissionId, formUuid };
  await queue.send(message, { contentType: "json", delaySeconds });
}
