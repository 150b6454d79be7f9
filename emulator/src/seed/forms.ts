import {
  APPLICATION_FORM_UUID,
  EVERY_TYPE_FORM_UUID,
  OPEN_APPLICATION_FORM_UUID,
  OPEN_APPLICATION_REDIRECT_URL,
} from "../demo";
import type { FormDef } from "../types";

/** The demo company's forms. */
export const FORMS: readonly FormDef[] = [
  {
    uuid: APPLICATION_FORM_UUID,
    name: "application",
    label: "Apply for this job",
    description: "Apply in two short steps. It takes about five minutes.",
    object: "candidate",
    styling: "standard",
    wizard: true,
    metadata: { campaign: "careers-2026", language: "en" },
    thankYouMessage: "Thank you for applying! We will get back to you within five working days.",
    redirectUrl: null,
    grids: [
      {
        title: "Personal details",
        description: "Tell us who you are.",
        type: "step",
        grid: [
          [
            { property: "firstname", settings: { isRequired: true, placeholder: "Jane" } },
            { property: "lastname", settings: { isRequired: true, placeholder: "Doe" } },
          ],
          [
            {
              property: "email",
              settings: {
                isRequired: true,
                placeholder: "jane@example.com",
                helpText: "We only use this address to contact you about your application.",
              },
            },
          ],
          [
            { property: "phone", settings: { placeholder: "+31 6 12345678" } },
            { property: "date_of_birth" },
          ],
        ],
      },
      {
        title: "How we hire",
        description: null,
        type: "section",
        grid: [
          [
            {
              text: "<p>We read every application. Expect a short call first, then a conversation with the team, then an offer.</p>",
            },
          ],
        ],
      },
      {
        title: "Your application",
        description: "Show us what you would bring.",
        type: "step",
        grid: [
          [
            {
              property: "motivation",
              settings: {
                label: "Why this job?",
                placeholder: "A few sentences are enough.",
                helpText: "Tell us what attracts you to the role.",
              },
            },
          ],
          [{ property: "cv", settings: { isRequired: true, helpText: "PDF or Word document." } }],
          [
            {
              property: "linkedin",
              settings: { placeholder: "https://www.linkedin.com/in/your-name" },
            },
          ],
          [
            {
              property: "expected_salary",
              settings: { helpText: "Gross per month, in euros.", rangeMin: 0, rangeMax: 20000 },
            },
            { property: "available_from" },
          ],
          [{ property: "preferred_employment_type", settings: { styling: "boxes" } }],
          [{ property: "skills", settings: { styling: "dropdown" } }],
          [{ property: "remote", settings: { label: "I would like to work remotely" } }],
          [
            {
              property: "profile_data",
              settings: { helpText: "Optional: a JSON object with links to your work." },
            },
          ],
          [
            {
              property: "gdpr_consent",
              settings: { isRequired: true, label: "I agree to the privacy statement" },
            },
          ],
          [{ property: "source", settings: { hidden: true, defaultValue: "website" } }],
          [{ submitButton: "Send application" }],
        ],
      },
    ],
  },
  {
    uuid: OPEN_APPLICATION_FORM_UUID,
    name: "open_application",
    label: "Open application",
    description: "No matching vacancy? Tell us about yourself.",
    object: "candidate",
    styling: "underline",
    wizard: false,
    metadata: {},
    thankYouMessage: null,
    redirectUrl: OPEN_APPLICATION_REDIRECT_URL,
    grids: [
      {
        title: "Open application",
        description: null,
        type: "step",
        grid: [
          [
            { property: "firstname", settings: { isRequired: true } },
            // Required through the property's `required` rule only.
            { property: "lastname" },
          ],
          [{ property: "email", settings: { isRequired: true } }],
          [{ property: "motivation", settings: { isRequired: true } }],
          // Sent without its options: the edge reads them from the options route.
          [{ property: "skills", optionsByRequest: true }],
          [{ property: "gdpr_consent", settings: { isRequired: true } }],
          [{ property: "source", settings: { hidden: true, defaultValue: "website" } }],
          [{ submitButton: "Send" }],
        ],
      },
    ],
  },
  {
    uuid: EVERY_TYPE_FORM_UUID,
    name: "every_type",
    label: "Every field type",
    description: "One input of every kind the edge renders.",
    object: "candidate",
    styling: "standard",
    wizard: true,
    metadata: {},
    thankYouMessage: "Thank you! Every field arrived.",
    redirectUrl: null,
    grids: [
      {
        title: "Texts",
        description: "Strings in each format.",
        type: "step",
        grid: [
          [
            { property: "firstname", settings: { isRequired: true } },
            { property: "lastname", settings: { isRequired: true } },
          ],
          [{ property: "email", settings: { isRequired: true, helpText: "We reply here." } }],
          [{ property: "phone" }, { property: "linkedin", settings: { label: "Website" } }],
          [{ property: "motivation", settings: { placeholder: "A few sentences." } }],
          [{ property: "profile_data", settings: { helpText: "A JSON object." } }],
        ],
      },
      {
        title: "Good to know",
        description: null,
        type: "section",
        grid: [[{ text: "<p>The next step asks for <strong>numbers and choices</strong>.</p>" }]],
      },
      {
        title: "Numbers and choices",
        description: null,
        type: "step",
        grid: [
          [
            { property: "expected_salary", settings: { rangeMin: 0, rangeMax: 20000 } },
            { property: "date_of_birth" },
          ],
          [{ property: "salary_range", settings: { label: "Salary range", rangeMin: 0 } }],
          [{ property: "available_remote", settings: { label: "I can work remotely" } }],
          [{ property: "source", settings: { label: "How did you find us?" } }],
          [
            {
              property: "preferred_employment_type",
              settings: { isRequired: true, styling: "boxes" },
            },
          ],
          [{ property: "application_status", settings: { label: "Stage", styling: "grid" } }],
          [{ property: "skills", settings: { styling: "dropdown" } }],
          [{ property: "labels" }],
          [{ property: "cv", settings: { isRequired: true, helpText: "PDF or Word document." } }],
          [{ property: "status_candidate", settings: { hidden: true, defaultValue: "new" } }],
          [
            {
              property: "gdpr_consent",
              settings: { isRequired: true, label: "I agree to the privacy statement" },
            },
          ],
          [{ submitButton: "Send every type" }],
        ],
      },
    ],
  },
];
