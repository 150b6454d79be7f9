/**
 * Response examples of the OpenAPI document: the edge's real answers over the
 * emulator's demo data (`npm start`), so a developer reading `/docs` sees what
 * the same request returns locally. Long answers are shortened (fewer array
 * items, fewer keys), never changed: test/reads/openapi-examples.test.ts
 * requests each one and fails when the example is not part of the answer.
 * Only the document reads them: the Worker build leaves them out
 * (src/openapi-metadata.ts).
 */

import { OPENAPI_METADATA } from "#openapi-metadata";

/** The request each example answers, by example name (a path on the edge). */
export const EXAMPLE_REQUESTS =
  OPENAPI_METADATA &&
  ({
    listPage: "/v1/lists/vacancies?limit=2",
    record: "/v1/lists/vacancies/30000000-0000-4000-8000-000000000001",
    preview: "/v1/lists/vacancies/30000000-0000-4000-8000-000000000001/previews/card",
    webpage: "/v1/pages/careers/home",
    formDefinition: "/v1/forms/50000000-0000-4000-8000-000000000002",
    formOptions:
      "/v1/forms/5f0c9e2a-8b7d-4c3e-a1f6-0d9e8c7b6a50/options/20000000-0000-4000-8000-000000000010?limit=3",
  } as const);

/** `GET /v1/lists/vacancies?limit=2`: the two newest open vacancies. */
export const listPageExample = OPENAPI_METADATA && {
  data: [
    {
      uuid: "30000000-0000-4000-8000-000000000018",
      updatedAt: "2025-06-05T11:17:00.000Z",
      properties: {
        department: "customer_success",
        description: "Solve the tricky tickets and feed what you learn back to engineering.",
        employment_type: "full_time",
        hours: 38,
        location: "Eindhoven",
        publish_date: 1772755200000,
        remote: false,
        salary_range: "3400;4200",
        skills: ["english", "communication"],
        slug: "support-engineer-eindhoven",
        tags: null,
        title: "Support Engineer",
      },
    },
    {
      uuid: "30000000-0000-4000-8000-000000000017",
      updatedAt: "2025-05-24T10:16:00.000Z",
      properties: {
        department: "data",
        description: "Build the pipelines behind our analytics and matching features.",
        employment_type: "full_time",
        hours: 40,
        location: "Amsterdam",
        publish_date: 1772582400000,
        remote: false,
        salary_range: "5000;6400",
        skills: ["python", "sql", "aws"],
        slug: "data-engineer-amsterdam",
        tags: ["tech"],
        title: "Data Engineer",
      },
    },
  ],
  meta: { page: 1, limit: 2, total: 18, lastPage: 9 },
};

/** `GET /v1/lists/vacancies/30000000-0000-4000-8000-000000000001`. */
export const recordExample = OPENAPI_METADATA && {
  data: {
    uuid: "30000000-0000-4000-8000-000000000001",
    updatedAt: "2025-03-03T09:00:00.000Z",
    properties: {
      department: "engineering",
      description:
        "Build the candidate-facing web apps of our recruiting platform with TypeScript and React.",
      employment_type: "full_time",
      hours: 40,
      location: "Amsterdam",
      publish_date: 1768176000000,
      remote: true,
      salary_range: "5000;6500",
      skills: ["typescript", "react"],
      slug: "senior-frontend-developer-amsterdam",
      tags: ["urgent", "tech"],
      title: "Senior Frontend Developer",
    },
  },
};

/** `GET /v1/lists/vacancies/30000000-0000-4000-8000-000000000001/previews/card` (its first two rows). */
export const previewExample = OPENAPI_METADATA && {
  data: {
    uuid: "60000000-0000-4000-8000-000000000001",
    name: "card",
    recordUuid: "30000000-0000-4000-8000-000000000001",
    url: "https://demo.caraer.site/careers/senior-frontend-developer-amsterdam",
    grid: [
      [
        {
          property: {
            name: "title",
            label: "Title",
            type: "string",
            format: "single-line",
            options: [],
          },
          value: "Senior Frontend Developer",
          settings: { variant: "heading" },
        },
      ],
      [
        {
          property: {
            name: "location",
            label: "Location",
            type: "string",
            format: "single-line",
            options: [],
          },
          value: "Amsterdam",
        },
        {
          property: {
            name: "employment_type",
            label: "Employment type",
            type: "single-select",
            format: "single-select",
            options: [
              { name: "full_time", label: "Full-time" },
              { name: "part_time", label: "Part-time" },
              { name: "freelance", label: "Freelance" },
              { name: "internship", label: "Internship" },
            ],
          },
          value: "full_time",
        },
      ],
    ],
  },
};

/** `GET /v1/pages/careers/home` (its first box). */
export const webpageExample = OPENAPI_METADATA && {
  data: {
    uuid: "70000000-0000-4000-8000-000000000001",
    title: "Careers at Demo",
    excerpt: "Help us build the recruiting platform people enjoy using.",
    slug: "home",
    image: "https://images.demo.example.com/careers/hero.jpg",
    object: null,
    metaData: {
      title: "Careers at Demo",
      description: "Open positions in Amsterdam, Rotterdam, Utrecht, Eindhoven and remote.",
      ogImage: "https://images.demo.example.com/careers/og.jpg",
    },
    isPublished: true,
    liveUrl: "https://demo.caraer.site/careers/home",
    content: [
      {
        type: "box",
        settings: { layout: "hero", background: "#0f172a" },
        children: [
          {
            type: "component",
            settings: { component: "heading", text: "Work at Demo" },
            children: [],
          },
          {
            type: "component",
            settings: { component: "text", text: "<p>We are hiring across five cities.</p>" },
            children: [],
          },
        ],
      },
    ],
    record: null,
  },
};

/** `GET /v1/forms/50000000-0000-4000-8000-000000000002`: the open application form (without its grids, its first three fields). */
export const formDefinitionExample = OPENAPI_METADATA && {
  data: {
    form: {
      uuid: "50000000-0000-4000-8000-000000000002",
      name: "open_application",
      label: "Open application",
      object: {
        name: "candidate",
        uuid: "10000000-0000-4000-8000-000000000002",
        label: "Candidate",
      },
      thankYouMessage: null,
      redirectUrl: "https://demo.example.com/careers/thank-you",
    },
    fields: [
      {
        name: "firstname",
        propertyUuid: "20000000-0000-4000-8000-000000000017",
        label: "First name",
        type: "string",
        format: "single-line",
        required: true,
        options: [],
        placeholder: null,
        helpText: null,
        hidden: false,
        defaultValue: null,
        step: 0,
        multiple: false,
        min: null,
        max: null,
        styling: null,
      },
      {
        name: "lastname",
        propertyUuid: "20000000-0000-4000-8000-000000000018",
        label: "Last name",
        type: "string",
        format: "single-line",
        required: true,
        options: [],
        placeholder: null,
        helpText: null,
        hidden: false,
        defaultValue: null,
        step: 0,
        multiple: false,
        min: null,
        max: null,
        styling: null,
      },
      {
        name: "email",
        propertyUuid: "20000000-0000-4000-8000-000000000019",
        label: "Email address",
        type: "string",
        format: "email",
        required: true,
        options: [],
        placeholder: null,
        helpText: null,
        hidden: false,
        defaultValue: null,
        step: 0,
        multiple: false,
        min: null,
        max: null,
        styling: null,
      },
    ],
  },
};

/** `GET /v1/forms/5f0c9e2a-8b7d-4c3e-a1f6-0d9e8c7b6a50/options/20000000-0000-4000-8000-000000000010?limit=3`: skills. */
export const formOptionsExample = OPENAPI_METADATA && {
  data: [
    { name: "typescript", label: "TypeScript", icon: null, color: null, disabled: false },
    { name: "react", label: "React", icon: null, color: null, disabled: false },
    { name: "java", label: "Java", icon: null, color: null, disabled: false },
  ],
  meta: { page: 1, limit: 3, total: 18, lastPage: 6 },
};
