/**
 * Every log event the edge writes, with its level: the type the logger takes,
 * so an event that is not listed here, or written at another level, does not
 * compile. What each means and what an operator does about it is in
 * docs/log-events.md; src/observability/events.test.ts keeps the two equal.
 */
export interface LogEvents {
  "config.filter_operator_unservable": "warn";
  "config.invalid": "error";
  "dead_letter.invalid_message": "error";
  "dead_letter.store_failed": "error";
  "dead_letters.discarded": "info";
  "dead_letters.replayed": "info";
  "delivery.consumer_failed": "error";
  "delivery.invalid_message": "error";
  "form.refresh_failed": "warn";
  "form.uploaded": "info";
  "form_options.refresh_failed": "warn";
  "form_options.unavailable": "warn";
  "forms.spam_blocked": "warn";
  "list.cursor_chain_write_failed": "warn";
  "list.refresh_failed": "warn";
  "page.refresh_failed": "warn";
  "preview.refresh_failed": "warn";
  "queue.config_invalid": "error";
  "ratelimit.unavailable": "warn";
  "record.refresh_failed": "warn";
  "request.unhandled": "error";
  "schema.refresh_failed": "warn";
  "site.form_unavailable": "warn";
  "site.jobposting_not_public": "error";
  "slug.refresh_failed": "warn";
  "submission.answered": "info";
  "submission.backstop": "warn";
  "submission.dead_lettered": "warn";
  "submission.deferred": "info";
  "submission.delivered": "info";
  "submission.queue_failed": "error";
  "submission.refused": "warn";
  "submission.try_failed": "warn";
  "upstream.failed": "warn";
  "webhook.invalidated": "info";
  "webhook.other_company": "warn";
}

/** A log event's name. */
export type LogEvent = keyof LogEvents;

/** The events written at `level`. */
export type LogEventAt<Level extends "debug" | "info" | "warn" | "error"> = {
  [E in LogEvent]: LogEvents[E] extends Level ? E : never;
}[LogEvent];
