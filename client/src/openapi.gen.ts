// Generated from the Worker's /openapi.json by openapi-typescript: do not edit.
// Regenerate with `npm run client:types`; `npm test` fails while it is stale.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and configuration check
         * @description Answers 200 when the Worker runs and its configuration parses. `warnings` lists configuration mistakes that only show against Caraer's properties, e.g. a filter operator that cannot be served on its property's type; a list is checked once its public property set is cached (after its first read). It also checks each `SITE` list's JSON-LD mapping against the list object's public properties as already cached: a mapping that names a non-public property is `CONFIG_INVALID` (the issue names the setting, not the property). It does not call Caraer, so it stays cheap for uptime monitors.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lists/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of a public list
         * @description Records of a list configured in `LISTS`, always inside the list's base filter, with public properties only. Filter with `filter[prop]=value` (repeat to OR values; the list's first allowed operator) or `filter[prop][operator]=value` for another allowed operator. Only the list's `filterable`, `sortable` and `searchable` public properties are accepted. `q` searches the `searchable` properties (case-insensitive).
         */
        get: operations["listRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lists/{list}/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One record of a public list
         * @description A record inside the list's scope, with public properties only. Records outside the base filter (drafts, closed or archived vacancies, other objects) answer 404 exactly like missing ones.
         */
        get: operations["getRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lists/{list}/{uuid}/previews/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A named preview (card, detail…) of a record of a public list
         * @description A Caraer preview the list allows (`LISTS[list].previews`) of a record inside the list's scope, as Caraer lays it out, with every cell bound to a non-public property removed.
         */
        get: operations["getRecordPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pages/{rootSlug}/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A published Caraer CMS webpage
         * @description Proxied from Caraer's public webpage endpoint for `CARAER_SUBDOMAIN`, projected and cached.
         */
        get: operations["getWebpage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hooks/caraer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Caraer webhook receiver (cache invalidation)
         * @description Subscribe Caraer's `record.<object>.created|updated|deleted` topics to this URL. Authenticate with `Authorization: Bearer <WEBHOOK_SECRET>` or `?secret=<WEBHOOK_SECRET>`. A record event bumps its object's cache generation: the object's cached lists miss, and its cached records, previews and CMS pages revalidate before they are served again.
         */
        post: operations["receiveCaraerWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms/{formUuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A public form and its render-ready fields
         * @description Caraer's public form as fetched (`form`) and a flat list of its inputs (`fields`) in form order. Only forms listed in `FORMS` are served; any other answers 404 like an unknown one. Cached in KV (fresh, then stale while refreshed), with an ETag.
         */
        get: operations["getForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms/{formUuid}/options/{propertyUuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of a form field's options
         * @description Proxies Caraer's public options route, only for select and tag fields that are visible inputs of this form. Cached briefly.
         */
        get: operations["listFormOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms/{formUuid}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload files for a form
         * @description Takes `multipart/form-data` parts named `files` and forwards them to Caraer (on Kasar, which has no upload API, the edge keeps them, never serving them, and sends them with the submission). Count and size are limited per form (`FORMS[form].uploads`, default 3 files of 10 MB); the body is refused as soon as it streams past the limit. The type is recognised from each file's leading bytes, never its name or declared type, and must be on the form's allowlist. The returned keys are valid for this form's submissions for 24 hours.
         */
        post: operations["uploadFormFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms/{formUuid}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a form
         * @description Validates the values at the edge (all problems at once), then delivers them to Caraer: at once (201, `delivered`), or, when Caraer is slow or failing, through a queue with retries (202, `queued`). A submission is never lost: it is delivered, or dead-lettered for an operator. An `Idempotency-Key` (else a key derived from form, client address and payload) makes repeats answer like the first for at least 24 hours, with one record in Caraer; a repeat without a key never carries the `recordUuid`. Plain HTML form posts (URL-encoded or multipart, field names = property names, `relatedRecordUuid` as a field) are answered with a 303 to the form's redirect or a thank-you page, and errors with a readable page.
         */
        post: operations["submitForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms/{formUuid}/submissions/{submissionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A submission's status
         * @description Whether an accepted submission is `queued`, `delivered` or `failed`; nothing about its content. Known for the retention period (`SUBMISSION_RETENTION_SECONDS`, default 7 days) after delivery.
         */
        get: operations["getSubmissionStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms/{formUuid}/thank-you": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The built-in thank-you page
         * @description Where a plain HTML form post lands when neither `FORMS[form].redirectUrl` nor the form's `redirectUrl` is set: shows the form's `thankYouMessage`.
         */
        get: operations["getThankYouPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dead-lettered submissions
         * @description Submissions Caraer refused on the queued path or that ran out of retries, oldest first, with the reason. No personal data.
         */
        get: operations["listDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/dead-letters/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay dead-lettered submissions
         * @description Queues up to 100 dead letters again, oldest first; call again while `remaining` is above 0.
         */
        post: operations["replayDeadLetters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/dead-letters/{submissionId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay one dead-lettered submission
         * @description Queues the submission again; finished steps are kept, so a record that exists is linked, not created again.
         */
        post: operations["replayDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/dead-letters/{submissionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Discard a dead-lettered submission
         * @description Forgets a submission an operator resolved by hand (its stored content is deleted). It will not be delivered.
         */
        delete: operations["discardDeadLetter"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/config-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the configuration against Caraer
         * @description The configuration doctor (docs/doctor.md): checks `LISTS`, `FORMS`, `SITE` and the secrets against Caraer's live schema (properties index, previews, public forms, relations), bypassing the cache, and answers every finding with its severity and fix. Answers 200 whatever it finds; `counts.error` above 0 means a configured feature does not work. `npm run doctor` runs the same check from a shell.
         */
        get: operations["checkConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sitemap.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sitemap of the careers site
         * @description The site's home, each list page and every vacancy of the lists `SITE` shows (up to 1000 per list), with canonical URLs on `SITE.origin` and `lastmod` from the record's `updatedAt`. Built from the same cached list reads as `GET /v1/lists/{list}`, so a vacancy that leaves a list leaves the sitemap with the list's next refresh or webhook. Answers 404 without `SITE`.
         */
        get: operations["getSitemap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/robots.txt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Crawler rules of the careers site
         * @description Allows the site, keeps crawlers off the JSON API (`/v1/`) and the fragments, and names the sitemap by its canonical URL on `SITE.origin`. Answers 404 without `SITE`.
         */
        get: operations["getRobots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{list}/feed.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Atom feed of a list's newest vacancies
         * @description The 50 newest vacancies of a list `SITE` shows, newest first (by the list's `jobPosting.datePosted` property when the list may sort on it), with canonical URLs on `SITE.origin`. Built from the same cached list read as `GET /v1/lists/{list}`, so a vacancy that leaves the list leaves the feed with the list's next refresh or webhook. Answers 404 without `SITE` or for a list the site does not show.
         */
        get: operations["getListFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The careers site's home page
         * @description The site's title and intro with the newest vacancies of each list in `SITE.lists`, or the CMS page `SITE.home` when configured.
         */
        get: operations["getHomePage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The careers site's list page
         * @description Search box, a filter per `filterable` public property, sort, paging, result count and empty state, as a plain GET form. The query string is `GET /v1/lists/{list}`'s (`q`, `filter[prop]`, `sort`, `page`); empty controls are ignored. Searched, filtered and sorted pages are `noindex`.
         */
        get: operations["getListPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{list}/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The careers site's vacancy page
         * @description Title, public properties (labelled from the properties index, formatted by type), description, how to apply, and JSON-LD `JobPosting`. A UUID link to a record with a slug redirects (301) to the slug URL. Outside the list's scope or missing: 404, exactly as `GET /v1/lists/{list}/{uuid}`.
         */
        get: operations["getVacancyPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pages/{rootSlug}/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A Caraer CMS webpage as HTML
         * @description A published webpage (as `GET /v1/pages/{rootSlug}/{slug}`) rendered as semantic HTML: `metaData` becomes the title, description and OpenGraph tags, rich text is sanitised with an allowlist, unknown components render nothing.
         */
        get: operations["getCmsPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fragments/jobs/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The list page as an HTML fragment
         * @description The list page's markup without `<html>`, for sites that include it server-side; same query string. CORS for `ALLOWED_ORIGINS`, cached and ETagged like the JSON reads.
         */
        get: operations["getListFragment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fragments/jobs/{list}/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The vacancy page as an HTML fragment
         * @description The vacancy page's markup without `<html>`; CORS for `ALLOWED_ORIGINS`, cached and ETagged like the JSON reads. A UUID link to a record with a slug redirects (301) to the slug fragment.
         */
        get: operations["getVacancyFragment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forms/{formUuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A form as a page of the site
         * @description The form rendered on the server from its definition: every input with its label, help text, required marker and the constraint attributes that mirror the edge's checks; steps and information slides; honeypot, render time, idempotency token and Turnstile widget. Works without JavaScript: it posts to the submissions route, which answers a 422 with this form again (values kept, errors linked). Not cached: each render has its own idempotency token.
         */
        get: operations["getFormPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fragments/forms/{formUuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A form as an HTML fragment
         * @description The form page's `<form>` without `<html>`, for other sites' servers and the embed script (`/embed.js`); CORS for `ALLOWED_ORIGINS`. Not cached: each render has its own idempotency token and render time.
         */
        get: operations["getFormFragment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forms/{formUuid}/received/{submissionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * After a plain form post that was queued
         * @description Where an edge-rendered form lands when its submission was accepted but not yet delivered (202): says it was received and will be delivered, links the status route and the form's redirect. Delivered submissions show the thank-you message.
         */
        get: operations["getReceivedPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                /** @enum {string} */
                code: "INVALID_REQUEST" | "UNAUTHORIZED" | "ORIGIN_NOT_ALLOWED" | "CHALLENGE_FAILED" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED" | "RATE_LIMITED" | "INTERNAL_ERROR" | "CONFIG_INVALID" | "UPSTREAM_ERROR" | "UPSTREAM_UNAVAILABLE" | "TEMPORARILY_UNAVAILABLE";
                message: string;
                requestId: string;
                issues?: {
                    field: string;
                    code: string;
                    message: string;
                }[];
                /** @description How many issues were found, when more than the 50 listed. */
                issueCount?: number;
            };
        };
        ListPage: {
            data: components["schemas"]["PublicRecord"][];
            meta: {
                page: number;
                limit: number;
                total: number;
                lastPage: number;
                /** @description Kasar deployments only: pass as `cursor` for the next page; null on the last page. */
                nextCursor?: string | null;
            };
        };
        PublicRecord: {
            uuid: string;
            /**
             * @description When Caraer last changed the record (ISO 8601); absent when Caraer does not say.
             * @example 2026-01-12T09:30:00.000Z
             */
            updatedAt?: string;
            /**
             * @description Values of the object's public (`webpagePublic`) properties only.
             * @example {
             *       "title": "Backend Engineer",
             *       "location": "Amsterdam"
             *     }
             */
            properties: {
                [key: string]: unknown;
            };
        };
        PublicPreview: {
            uuid?: string;
            name?: string;
            recordUuid?: string;
            url?: string | null;
            /** @description Rows of cells. Cells bound to a non-public property are removed; text and button cells stay. */
            grid: {
                [key: string]: unknown;
            }[][];
        };
        PublicWebpage: {
            uuid: string;
            title?: string | null;
            excerpt?: string | null;
            slug?: string | null;
            image?: string | null;
            /** @description The backing object, if any. */
            object?: unknown;
            /** @description Title, description and OpenGraph data for the page's `<head>`. */
            metaData?: {
                [key: string]: unknown;
            } | null;
            isPublished?: boolean;
            liveUrl?: string | null;
            /** @description The page's box/component tree, without record queries. */
            content?: unknown;
            /** @description The backing record's public values only. */
            record: {
                uuid: string | null;
                properties: {
                    [key: string]: unknown;
                };
                parsedProperties: {
                    [key: string]: unknown;
                };
            } | null;
        };
        FormDefinition: {
            data: {
                /** @description Caraer's PublicForm, unchanged. */
                form: {
                    [key: string]: unknown;
                };
                fields: components["schemas"]["FormField"][];
            };
        };
        FormField: {
            name: string;
            propertyUuid: string;
            label: string;
            type: string;
            format: string | null;
            required: boolean;
            options: {
                name: string;
                label: string;
                icon: string | null;
                color: string | null;
            }[];
            placeholder: string | null;
            helpText: string | null;
            hidden: boolean;
            defaultValue: string | null;
            step: number;
            multiple: boolean;
            min: number | null;
            max: number | null;
            styling: string | null;
        };
        FormOptionsPage: {
            data: {
                name: string;
                label: string;
                icon: string | null;
                color: string | null;
                disabled: boolean;
            }[];
            meta: {
                page: number;
                limit: number;
                total: number;
                lastPage: number;
            };
        };
        UploadedFiles: {
            data: {
                files: {
                    /** @description Send as the file field's value. */
                    key: string;
                    name: string;
                    size: number;
                    /** @description The MIME type recognised from the content. */
                    type: string;
                }[];
            };
        };
        SubmissionAnswer: {
            data: {
                submissionId: string;
                /**
                 * @description `queued`: accepted, delivery deferred; `delivered`: the record exists in Caraer (and is linked); `failed`: dead-lettered, waiting for an operator.
                 * @enum {string}
                 */
                status: "queued" | "delivered" | "failed";
                /** @description Only when delivered, and not in a repeat sent without an `Idempotency-Key`. */
                recordUuid?: string;
            };
        };
        SubmissionStatus: {
            data: {
                submissionId: string;
                /**
                 * @description `queued`: accepted, delivery deferred; `delivered`: the record exists in Caraer (and is linked); `failed`: dead-lettered, waiting for an operator.
                 * @enum {string}
                 */
                status: "queued" | "delivered" | "failed";
            };
        };
        DeadLetter: {
            submissionId: string;
            formUuid: string;
            reason: string;
            attempts: number;
            lastError: string | null;
            /** @description Unix ms. */
            createdAt: number;
            /** @description Unix ms. */
            deadLetteredAt: number;
        };
        ConfigFinding: {
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            /** @enum {string} */
            code: "caraer_unreachable" | "object_not_found" | "list_filter_rejected" | "property_not_found" | "property_not_public" | "property_type_unsuitable" | "operator_unservable" | "preview_not_found" | "preview_unchecked" | "form_not_found" | "form_wildcard" | "relation_list_unknown" | "relation_not_found" | "uploads_max_files_low" | "site_home_needs_subdomain" | "webhook_secret_missing" | "admin_token_missing" | "turnstile_site_key_missing" | "turnstile_secret_missing";
            where: {
                /** @example LISTS.vacancies.filterable.hiring_budget */
                setting: string;
                list?: string;
                form?: string;
                property?: string;
            };
            message: string;
            fix: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Worker is up and configured. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        warnings: {
                            list: string;
                            property: string;
                            operator: string;
                            type: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The configuration does not load, or `SITE` maps a non-public property into the JSON-LD. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRecords: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: string;
                /** @description Page size, up to the list's `maxPageSize`. */
                limit?: string;
                /** @description Search text, at most 200 characters. */
                q?: string;
                /** @description `prop` ascending or `-prop` descending; comma-separate up to 3. */
                sort?: string;
                /** @description Kasar deployments only: a `meta.nextCursor` sent back, instead of `page` (the rest of the query unchanged). */
                cursor?: string;
            };
            header?: never;
            path: {
                list: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list. */
            200: {
                headers: {
                    /** @description Send back in `If-None-Match` for a 304. */
                    ETag: string;
                    "Cache-Control": string;
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPage"];
                };
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid path or query parameters, one issue per parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `NOT_FOUND`: No list of that name in `LISTS`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached; try again after `Retry-After`. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                list: string;
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    /** @description Send back in `If-None-Match` for a 304. */
                    ETag: string;
                    "Cache-Control": string;
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PublicRecord"];
                    };
                };
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid path or query parameters, one issue per parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `NOT_FOUND`: Unknown list, or a record that is missing or outside the list's base filter (a draft, closed or archived vacancy). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached; try again after `Retry-After`. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRecordPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                list: string;
                uuid: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preview, projected onto public properties. */
            200: {
                headers: {
                    /** @description Send back in `If-None-Match` for a 304. */
                    ETag: string;
                    "Cache-Control": string;
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PublicPreview"];
                    };
                };
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid path or query parameters, one issue per parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `NOT_FOUND`: Unknown list, a preview the list does not allow, or a record missing or outside the list's scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached; try again after `Retry-After`. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebpage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rootSlug: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webpage. */
            200: {
                headers: {
                    /** @description Send back in `If-None-Match` for a 304. */
                    ETag: string;
                    "Cache-Control": string;
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PublicWebpage"];
                    };
                };
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid path or query parameters, one issue per parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `NOT_FOUND`: No such published page, or no `CARAER_SUBDOMAIN` configured. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached; try again after `Retry-After`. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    receiveCaraerWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    event: {
                        type?: string;
                    };
                    record: {
                        record?: {
                            /** Format: uuid */
                            uuid?: string;
                            objectName?: string;
                        };
                    };
                    /** Format: uuid */
                    companyUuid?: string;
                };
            };
        };
        responses: {
            /** @description Received; `invalidated` says what was invalidated (null when the event is for another company). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            invalidated: {
                                object: string;
                                generation: number;
                            } | null;
                        };
                    };
                };
            };
            /** @description `INVALID_REQUEST`: Not a Caraer record event, or nested too deep. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UNAUTHORIZED`: Missing or wrong secret; nothing changes. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `NOT_FOUND`: The deployment's CRM is not Caraer (Kasar sends no webhooks). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The body or a file is over its limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                formUuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The form. */
            200: {
                headers: {
                    /** @description Send back in `If-None-Match` for a 304. */
                    ETag: string;
                    "Cache-Control": string;
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormDefinition"];
                };
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid path or query parameters, one issue per parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `NOT_FOUND`: A form that is not in `FORMS`, or that Caraer does not know or publish. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached; try again after `Retry-After`. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listFormOptions: {
        parameters: {
            query?: {
                /** @description Search text. */
                q?: string;
                page?: string;
                limit?: string;
            };
            header?: never;
            path: {
                formUuid: string;
                /** @description The field's `propertyUuid`. */
                propertyUuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of options. */
            200: {
                headers: {
                    /** @description Send back in `If-None-Match` for a 304. */
                    ETag: string;
                    "Cache-Control": string;
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormOptionsPage"];
                };
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid path or query parameters, one issue per parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `NOT_FOUND`: An unserved form, or a property that is not a visible select or tag field of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached; try again after `Retry-After`. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadFormFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                formUuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    files: Blob[];
                };
            };
        };
        responses: {
            /** @description The uploaded files. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedFiles"];
                };
            };
            /** @description `INVALID_REQUEST`: No `files` part, or an unreadable body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `ORIGIN_NOT_ALLOWED`: A browser `Origin` that is not in `ALLOWED_ORIGINS`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `NOT_FOUND`: Unknown or unserved form, or a form without file fields. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: Too many files, or a file too large (with `issues`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Not multipart, or a file type the form does not allow. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `RATE_LIMITED`: Too many uploads from this client. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer (or the queue) is unavailable; try again after `Retry-After`. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    submitForm: {
        parameters: {
            query?: {
                /** @description `page`: the post comes from an edge-rendered form (`GET /forms/{formUuid}`); a fixable refusal answers that form again, and a queued submission lands on `/forms/{formUuid}/received/{submissionId}`. */
                view?: "page";
            };
            header?: {
                /** @description 1 to 255 visible ASCII characters, e.g. a UUID per attempt. */
                "Idempotency-Key"?: string;
            };
            path: {
                formUuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Property name → value. Reserved names (never sent to Caraer): the honeypot (`FORMS[form].spam.honeypotField`, default `_website`), `cf-turnstile-response`, `_loadedAt` and `_idempotencyKey`. */
                    values: {
                        [key: string]: unknown;
                    };
                    /**
                     * Format: uuid
                     * @description A record of the form's configured relation list, e.g. a vacancy.
                     */
                    relatedRecordUuid?: string;
                };
                "application/x-www-form-urlencoded": {
                    [key: string]: string;
                };
                "multipart/form-data": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Delivered: the record exists in Caraer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionAnswer"];
                };
            };
            /** @description Accepted; delivery deferred (`queued`), or `failed` and waiting for an operator. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionAnswer"];
                };
            };
            /** @description An HTML form post succeeded: to the redirect URL or the thank-you page. */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Malformed body or idempotency key. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `ORIGIN_NOT_ALLOWED`: A browser `Origin` that is not in `ALLOWED_ORIGINS`. `CHALLENGE_FAILED`: The spam check (Turnstile, honeypot timing) failed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `NOT_FOUND`: Unknown or unserved form. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The body or a file is over its limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: A `Content-Type` or file type the route does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `VALIDATION_FAILED`: Invalid values or `relatedRecordUuid`, one issue per field (all problems at once). `IDEMPOTENCY_KEY_REUSED`: The `Idempotency-Key` was used before with other values. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `RATE_LIMITED`: Too many submissions from this client. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer refused the submission for a reason the edge cannot name. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Neither Caraer nor the queue could take it: not accepted, send again with the same `Idempotency-Key`. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSubmissionStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                formUuid: string;
                /** @description 64 hex digits. */
                submissionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionStatus"];
                };
            };
            /** @description `INVALID_REQUEST`: A form UUID or submission ID of the wrong shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `NOT_FOUND`: Unknown submission or unserved form. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getThankYouPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                formUuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `INVALID_REQUEST`: A form UUID of the wrong shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `NOT_FOUND`: Unknown or unserved form. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer (or the queue) is unavailable; try again after `Retry-After`. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDeadLetters: {
        parameters: {
            query?: {
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of dead letters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeadLetter"][];
                        meta: {
                            nextCursor: string | null;
                        };
                    };
                };
            };
            /** @description `INVALID_REQUEST`: Malformed `limit` or `cursor`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UNAUTHORIZED`: Missing or wrong operator token, or no `ADMIN_TOKEN` set (operator routes off). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    replayDeadLetters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was queued again. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            replayed: number;
                            failed: number;
                            remaining: number;
                        };
                    };
                };
            };
            /** @description `UNAUTHORIZED`: Missing or wrong operator token, or no `ADMIN_TOKEN` set (operator routes off). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: A body that is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    replayDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 64 hex digits. */
                submissionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued again. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            submissionId: string;
                            /** @enum {string} */
                            status: "queued";
                        };
                    };
                };
            };
            /** @description `INVALID_REQUEST`: A submission ID of the wrong shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UNAUTHORIZED`: Missing or wrong operator token, or no `ADMIN_TOKEN` set (operator routes off). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `NOT_FOUND`: No such dead letter. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: A body that is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: The queue refused the message; try again after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    discardDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 64 hex digits. */
                submissionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Discarded. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: A submission ID of the wrong shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UNAUTHORIZED`: Missing or wrong operator token, or no `ADMIN_TOKEN` set (operator routes off). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `NOT_FOUND`: No such dead letter. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: A body that is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The findings, errors first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            findings: components["schemas"]["ConfigFinding"][];
                            counts: {
                                error: number;
                                warning: number;
                                info: number;
                            };
                        };
                    };
                };
            };
            /** @description `UNAUTHORIZED`: Missing or wrong operator token, or no `ADMIN_TOKEN` set (operator routes off). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `NOT_FOUND`: The deployment's CRM is not Caraer. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSitemap: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A sitemaps.org 0.9 `urlset`. */
            200: {
                headers: {
                    /** @description Send back in `If-None-Match` for a 304. */
                    ETag: string;
                    "Cache-Control": string;
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid path or query parameters, one issue per parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `NOT_FOUND`: No `SITE` configured. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached; try again after `Retry-After`. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRobots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description robots.txt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `NOT_FOUND`: No `SITE` configured. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getListFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                list: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Atom 1.0 feed. */
            200: {
                headers: {
                    /** @description Send back in `If-None-Match` for a 304. */
                    ETag: string;
                    "Cache-Control": string;
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid path or query parameters, one issue per parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `NOT_FOUND`: No `SITE`, or a list the site does not show. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached; try again after `Retry-After`. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHomePage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The home page. */
            200: {
                headers: {
                    /** @description Strong ETag of the HTML; send back in `If-None-Match` for a 304. */
                    ETag: string;
                    "Cache-Control": string;
                    "Content-Security-Policy": string;
                    /** @description State of the read the HTML was rendered from. */
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid query: the site's error page. Answered as the site's HTML error page with this status. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `NOT_FOUND`: No `SITE`, an unknown list, or a record outside the list's scope: the site's 404 page (JSON envelope when `SITE` is unset). Answered as the site's HTML error page with this status. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. Answered as the site's HTML error page with this status. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. Answered as the site's HTML error page with this status. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. Answered as the site's HTML error page with this status. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. Answered as the site's HTML error page with this status. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getListPage: {
        parameters: {
            query?: {
                /** @description Search text (the list's `searchable` properties). */
                q?: string;
                /** @description `prop` or `-prop`, as in the JSON API. */
                sort?: string;
                /** @description 1-based page number. */
                page?: string;
                /** @description Page size, up to the list's `maxPageSize`. */
                limit?: string;
            };
            header?: never;
            path: {
                list: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list page. */
            200: {
                headers: {
                    /** @description Strong ETag of the HTML; send back in `If-None-Match` for a 304. */
                    ETag: string;
                    "Cache-Control": string;
                    "Content-Security-Policy": string;
                    /** @description State of the read the HTML was rendered from. */
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The form sent empty controls: `Location` is the same query without them, exactly the JSON API's. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid query: the site's error page. Answered as the site's HTML error page with this status. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `NOT_FOUND`: No `SITE`, an unknown list, or a record outside the list's scope: the site's 404 page (JSON envelope when `SITE` is unset). Answered as the site's HTML error page with this status. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. Answered as the site's HTML error page with this status. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. Answered as the site's HTML error page with this status. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. Answered as the site's HTML error page with this status. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. Answered as the site's HTML error page with this status. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getVacancyPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                list: string;
                /** @description The list's public slug property value, or the record UUID (redirected to the slug). */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vacancy page. */
            200: {
                headers: {
                    /** @description Strong ETag of the HTML; send back in `If-None-Match` for a 304. */
                    ETag: string;
                    "Cache-Control": string;
                    "Content-Security-Policy": string;
                    /** @description State of the read the HTML was rendered from. */
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A UUID link: `Location` is the vacancy's slug URL. */
            301: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid query: the site's error page. Answered as the site's HTML error page with this status. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `NOT_FOUND`: No `SITE`, an unknown list, or a record outside the list's scope: the site's 404 page (JSON envelope when `SITE` is unset). Answered as the site's HTML error page with this status. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. Answered as the site's HTML error page with this status. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. Answered as the site's HTML error page with this status. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. Answered as the site's HTML error page with this status. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. Answered as the site's HTML error page with this status. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getCmsPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rootSlug: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    /** @description Strong ETag of the HTML; send back in `If-None-Match` for a 304. */
                    ETag: string;
                    "Cache-Control": string;
                    "Content-Security-Policy": string;
                    /** @description State of the read the HTML was rendered from. */
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid query: the site's error page. Answered as the site's HTML error page with this status. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `NOT_FOUND`: No `SITE`, an unknown list, or a record outside the list's scope: the site's 404 page (JSON envelope when `SITE` is unset). Answered as the site's HTML error page with this status. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. Answered as the site's HTML error page with this status. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. Answered as the site's HTML error page with this status. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. Answered as the site's HTML error page with this status. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. Answered as the site's HTML error page with this status. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getListFragment: {
        parameters: {
            query?: {
                /** @description Search text (the list's `searchable` properties). */
                q?: string;
                /** @description `prop` or `-prop`, as in the JSON API. */
                sort?: string;
                /** @description 1-based page number. */
                page?: string;
                /** @description Page size, up to the list's `maxPageSize`. */
                limit?: string;
            };
            header?: never;
            path: {
                list: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fragment. */
            200: {
                headers: {
                    /** @description Strong ETag of the HTML; send back in `If-None-Match` for a 304. */
                    ETag: string;
                    "Cache-Control": string;
                    "Content-Security-Policy": string;
                    /** @description State of the read the HTML was rendered from. */
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid query: the site's error page. Answered as the site's HTML error page with this status. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `NOT_FOUND`: No `SITE`, an unknown list, or a record outside the list's scope: the site's 404 page (JSON envelope when `SITE` is unset). Answered as the site's HTML error page with this status. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. Answered as the site's HTML error page with this status. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. Answered as the site's HTML error page with this status. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. Answered as the site's HTML error page with this status. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. Answered as the site's HTML error page with this status. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getVacancyFragment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                list: string;
                /** @description The list's public slug property value, or the record UUID (redirected to the slug). */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fragment. */
            200: {
                headers: {
                    /** @description Strong ETag of the HTML; send back in `If-None-Match` for a 304. */
                    ETag: string;
                    "Cache-Control": string;
                    "Content-Security-Policy": string;
                    /** @description State of the read the HTML was rendered from. */
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A UUID link: `Location` is the slug fragment. */
            301: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid query: the site's error page. Answered as the site's HTML error page with this status. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `NOT_FOUND`: No `SITE`, an unknown list, or a record outside the list's scope: the site's 404 page (JSON envelope when `SITE` is unset). Answered as the site's HTML error page with this status. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. Answered as the site's HTML error page with this status. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. Answered as the site's HTML error page with this status. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. Answered as the site's HTML error page with this status. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. Answered as the site's HTML error page with this status. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getFormPage: {
        parameters: {
            query?: {
                /** @description UUID of the record the form is for (the form's `relation` list, e.g. a vacancy): posted as `relatedRecordUuid`. */
                vacancy?: string;
            };
            header?: never;
            path: {
                formUuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The form page. */
            200: {
                headers: {
                    "Cache-Control": string;
                    "Content-Security-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid query: the site's error page. Answered as the site's HTML error page with this status. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `NOT_FOUND`: No `SITE`, an unknown list, or a record outside the list's scope: the site's 404 page (JSON envelope when `SITE` is unset). Answered as the site's HTML error page with this status. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. Answered as the site's HTML error page with this status. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. Answered as the site's HTML error page with this status. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. Answered as the site's HTML error page with this status. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. Answered as the site's HTML error page with this status. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getFormFragment: {
        parameters: {
            query?: {
                /** @description UUID of the record the form is for (the form's `relation` list, e.g. a vacancy): posted as `relatedRecordUuid`. */
                vacancy?: string;
            };
            header?: never;
            path: {
                formUuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fragment. */
            200: {
                headers: {
                    "Cache-Control": string;
                    "Content-Security-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid query: the site's error page. Answered as the site's HTML error page with this status. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `NOT_FOUND`: No `SITE`, an unknown list, or a record outside the list's scope: the site's 404 page (JSON envelope when `SITE` is unset). Answered as the site's HTML error page with this status. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. Answered as the site's HTML error page with this status. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. Answered as the site's HTML error page with this status. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. Answered as the site's HTML error page with this status. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. Answered as the site's HTML error page with this status. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getReceivedPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                formUuid: string;
                /** @description 64 hex digits. */
                submissionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    "Cache-Control": string;
                    "Content-Security-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified (`If-None-Match` matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_REQUEST`: Invalid query: the site's error page. Answered as the site's HTML error page with this status. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `NOT_FOUND`: No `SITE`, an unknown list, or a record outside the list's scope: the site's 404 page (JSON envelope when `SITE` is unset). Answered as the site's HTML error page with this status. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `RATE_LIMITED`: Too many requests from this client; wait `Retry-After` seconds. Answered as the site's HTML error page with this status. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `INTERNAL_ERROR`: A bug in the edge; the request id finds it in the logs. `CONFIG_INVALID`: The edge's configuration is invalid; the issues name the settings. Answered as the site's HTML error page with this status. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_ERROR`: Caraer answered unexpectedly. Answered as the site's HTML error page with this status. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UPSTREAM_UNAVAILABLE`: Caraer is unreachable and nothing is cached. `TEMPORARILY_UNAVAILABLE`: The rate limiter is unavailable; try again after `Retry-After`. Answered as the site's HTML error page with this status. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
}
