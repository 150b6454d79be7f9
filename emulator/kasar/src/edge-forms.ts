/**
 * The edge's demo Kasar form (`FORMS` on a Kasar deployment, README "Kasar
 * forms"): an application for a demo vacancy, creating a candidate upserted
 * on `email`, linked to the vacancy. Used by the `edge-kasar` tests and
 * the Kasar demo, with `KASAR_DEMO_LISTS` (edge-settings.ts) as its vacancy
 * list; it must stay free of imports (`vitest.config.ts` loads it in Node).
 */

/** The UUID the demo application form is served under (`/v1/forms/{uuid}`). */
export const KASAR_APPLICATION_FORM_UUID = "6b000000-0000-4000-8000-000000000001";

/** A JSON value: what a binding of the Worker under test may hold. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** `FORMS`: the demo application form. */
export const KASAR_DEMO_FORMS: Record<string, Json> = {
  [KASAR_APPLICATION_FORM_UUID]: {
    kasar: {
      object: "candidates",
      uniqueField: "email",
      title: "Apply for this job",
      thankYouMessage: "Thank you, we will be in touch.",
      fields: [
        { name: "first_name" },
        { name: "last_name" },
        { name: "email", helpText: "We only use it to reply to your application." },
        { name: "phone", placeholder: "+31 6 12345678" },
        { name: "cv", label: "Your CV", required: true },
        { name: "motivation", label: "Why this job?" },
        { name: "source" },
        { name: "consent", label: "I agree to the privacy statement", required: true },
      ],
    },
    relation: { name: "vacancies", list: "vacancies" },
    uploads: { maxFiles: 2 },
  },
};
