import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  APPLICATION_FORM_UUID,
  CAREERS_HOME_SLUG,
  CAREERS_ROOT_SLUG,
  DRAFT_VACANCY_UUID,
  EMPLOYMENT_TYPE_PROPERTY_UUID,
  OPEN_APPLICATION_FORM_UUID,
  OPEN_VACANCY_SLUG,
  OPEN_VACANCY_UUID,
  SKILLS_PROPERTY_UUID,
} from "../../emulator/src/demo";
import { ERROR_STATUS } from "../../src/http/errors";
import { edge, emulatorRequests, resetEmulator } from "../helpers";
import { TEST_WEBHOOK_SECRET } from "../secrets";

/**
 * Every hostile piece the fuzzer invents carries this marker, and only pieces
 * that no route may accept do (`~` fits no name, slug, UUID or property
 * pattern): if it ever shows up in a request Caraer received, something
 * invalid got through.
 */
const MARK = "~FZX~";

interface Operation {
  path: string;
  method: string;
}

interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** A guess at a plain HTML form post or a site page: either may get an HTML error page. */
  html: boolean;
}

const METHODS = ["get", "head", "post", "put", "patch", "delete", "options"];

/** Well-formed values per path parameter name, so requests also get past the first checks. */
const VALID: Record<string, readonly string[]> = {
  list: ["vacancies", "constructor", "tostring", "no-such-list"],
  uuid: [OPEN_VACANCY_UUID, DRAFT_VACANCY_UUID, "00000000-0000-4000-8000-000000000000"],
  name: ["card", "detail", "constructor", "toString", "__defineGetter__"],
  rootSlug: [CAREERS_ROOT_SLUG, "constructor", "prototype"],
  slug: [CAREERS_HOME_SLUG, OPEN_VACANCY_SLUG, "constructor"],
  formUuid: [
    APPLICATION_FORM_UUID,
    OPEN_APPLICATION_FORM_UUID,
    "00000000-0000-4000-8000-000000000000",
  ],
  propertyUuid: [EMPLOYMENT_TYPE_PROPERTY_UUID, SKILLS_PROPERTY_UUID, OPEN_VACANCY_UUID],
  submissionId: ["0".repeat(64), "f".repeat(64)],
};

// Hostile segments, pre-encoded as an attacker would send them on the wire.
const hostileSegment = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      `..`,
      `%2e%2e`,
      `..%2F..%2F${MARK}`,
      `%2E%2E%5C${MARK}`,
      `${MARK}%00`,
      `${MARK}%0d%0aSet-Cookie:%20x=1`,
      "__proto__",
      `${MARK}-0000-4000-8000-000000000001`,
      `30000000-0000-4000-8000-00000000000${MARK}`,
      `{30000000-0000-4000-8000-000000000001}`,
      `30000000000040008000000000000001`,
      `30000000-0000-4000-8000-0000000000011`,
      `%ED%A0%80${MARK}`,
      `%E2%80%AE${MARK}`,
      `%EF%BB%BF${MARK}`,
      `${MARK}%F0%9D%95%8F`,
      `${MARK}${"a".repeat(5000)}`,
      `${MARK}%25%32%65`,
      `${MARK};drop`,
      `${MARK}'--`,
      `%3Cscript%3E${MARK}`,
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .string({ unit: "binary", minLength: 1, maxLength: 40 })
      .map((text) => encodeURIComponent(`${MARK}${text.replace(/[\uD800-\uDFFF]/g, "")}`)),
  },
);

function segmentFor(name: string): fc.Arbitrary<string> {
  const valid = VALID[name] ?? ["x"];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: hostileSegment },
  );
}

/** Query pairs that are fine as input (they may reach Caraer), without the marker. */
const benignQuery = fc.tuple(
  fc.constantFrom(
    "page",
    "limit",
    "q",
    "sort",
    "filter[location]",
    "filter[hours][range]",
    "unknown",
  ),
  fc.constantFrom("1", "2", "50", "title", "-publish_date", "Amsterdam", "32;40", ""),
);

/**
 * Long but valid query values: the longest search text (200 characters, some
 * of them four bytes in UTF-8), filter values at the value limit. They reach
 * Caraer and the cache, whose keys must stay within KV's 512 bytes.
 */
const LONG = {
  e: encodeURIComponent("é".repeat(200)),
  wide: encodeURIComponent("𝕏".repeat(100)),
  value: (n: number) => encodeURIComponent(`${"é".repeat(199)}${n}`),
};
const longValidQuery = fc.constantFrom<[string, string]>(
  ["q", LONG.e],
  ["q", LONG.wide],
  ["filter[location]", LONG.value(1)],
  ["filter[location]", LONG.value(2)],
  ["filter[location][contains_flexibly]", LONG.value(3)],
  ["filter[department]", "engineering"],
);

/** Query pairs no route may accept: a hostile key, or a marked value for a strict key. */
const hostileQuery = fc.oneof(
  fc.tuple(
    fc.constantFrom(
      "filter[__proto__]",
      "filter[constructor]",
      "filter[constructor][prototype]",
      `filter[${MARK}]`,
      `filter[location][${MARK}]`,
      "sort",
      "page",
      "limit",
    ),
    fc.constantFrom(
      MARK,
      `-${MARK}`,
      `${MARK}%00`,
      `${MARK}${"x".repeat(3000)}`,
      `%ED%A0%80${MARK}`,
    ),
  ),
  fc.tuple(
    fc.constantFrom("page", "limit"),
    fc.constantFrom("-1", "0", "1e309", "NaN", "99999999999999999999", "1.5", "0x10"),
  ),
  fc.tuple(
    fc.constantFrom(
      "__proto__",
      "constructor[prototype][polluted]",
      `${MARK}%0d%0aX-Injected:%201`,
    ),
    fc.constant(MARK),
  ),
);

function nested(depth: number, open: string, close: string, inner: string): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

interface Body {
  type: string | undefined;
  text: string | undefined;
}

const jsonBody = (text: string): Body => ({ type: "application/json", text });

const body: fc.Arbitrary<Body> = fc.oneof(
  fc.constant<Body>({ type: undefined, text: undefined }),
  // Well-formed submissions with unknown (marked) or missing fields: they reach validation.
  fc
    .constantFrom(
      `{"values": {}}`,
      `{"values": {"${MARK}": "x"}}`,
      `{"values": {"email": "not-an-email${MARK}"}}`,
      `{"values": {}, "relatedRecordUuid": "${DRAFT_VACANCY_UUID}"}`,
    )
    .map(jsonBody),
  fc
    .constantFrom(`${MARK}=1`, `email=${MARK}`)
    .map((text): Body => ({ type: "application/x-www-form-urlencoded", text })),
  // Broken JSON.
  fc
    .constantFrom(
      `{"values": {`,
      `{"values": {"a": 1,}}`,
      `{'values': {}}`,
      "NaN",
      "\u0000",
      "",
      `{"values": {"${MARK}": "\\ud800"}`,
      `{"values"::}`,
      `\uFEFF{"values": {}}`,
    )
    .map(jsonBody),
  // Deep nesting.
  fc
    .integer({ min: 50, max: 50_000 })
    .map((depth) => jsonBody(`{"values": ${nested(depth, `{"${MARK}":`, "}", "1")}}`)),
  fc
    .integer({ min: 50, max: 100_000 })
    .map((depth) => jsonBody(nested(depth, "[", "]", `"${MARK}"`))),
  // Deep nesting inside a real field, which validation would walk.
  fc
    .constantFrom(33, 5_000, 20_000, 60_000)
    .map((depth) => jsonBody(`{"values": {"firstname": ${nested(depth, "[", "]", '"x"')}}}`)),
  // Wrong types.
  fc
    .constantFrom(
      `{"values": []}`,
      `{"values": "${MARK}"}`,
      `{"values": null}`,
      `{"values": {"email": 12, "${MARK}": true}}`,
      `{"values": {}, "relatedRecordUuid": 5}`,
      `{"values": {}, "relatedRecordUuid": "${MARK}"}`,
      `[]`,
      `123`,
      `true`,
      `"${MARK}"`,
    )
    .map(jsonBody),
  // Prototype pollution.
  fc
    .constantFrom(
      `{"__proto__": {"isAdmin": true}, "values": {"__proto__": {"${MARK}": 1}}}`,
      `{"values": {"constructor": {"prototype": {"${MARK}": 1}}}}`,
      `{"constructor": {"prototype": {"polluted": "${MARK}"}}, "values": {}}`,
      `{"values": {"toString": "${MARK}", "hasOwnProperty": 1, "valueOf": []}}`,
    )
    .map(jsonBody),
  // Huge strings: just under and over the JSON limit.
  fc
    .constantFrom(200 * 1024, 300 * 1024)
    .map((size) => jsonBody(`{"values": {"${MARK}": "${"x".repeat(size)}"}}`)),
  // Odd Unicode in keys and values.
  fc
    .constantFrom("\u202e", "\u200b", "\uFEFF", "\u0000", "ﬁ", "𝕏", "\u0085", "e\u0301")
    .map((odd) =>
      jsonBody(JSON.stringify({ values: { [`first${odd}name${MARK}`]: `${odd}${MARK}` } })),
    ),
  // Random JSON documents.
  fc.json({ maxDepth: 4 }).map(jsonBody),
  fc
    .dictionary(
      fc.string({ maxLength: 8 }).map((key) => `${MARK}${key}`),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map((values) => jsonBody(JSON.stringify({ values }))),
  // URL-encoded and multipart oddities.
  fc
    .constantFrom(
      `__proto__[x]=1&constructor[prototype][y]=${MARK}`,
      `values[a]=${MARK}&values[__proto__]=1`,
      `%E0%A4%A=${MARK}`,
      `${MARK}=${"y".repeat(2000)}&${MARK}=2`,
      `=&&==${MARK}`,
    )
    .map((text): Body => ({ type: "application/x-www-form-urlencoded", text })),
  fc
    .constantFrom(
      `--b\r\nContent-Disposition: form-data; name="${MARK}"\r\n\r\nx\r\n--b--\r\n`,
      // A real (tiny) PDF by its leading bytes with a hostile name: it may be accepted, so no marker.
      `--b\r\nContent-Disposition: form-data; name="files"; filename="../../etc/passwd.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 fuzz\r\n--b--\r\n`,
      `--b\r\nContent-Disposition: form-data; name="__proto__"\r\n\r\n${MARK}\r\n--b--\r\n`,
      `--wrong\r\n\r\n${MARK}`,
      `${MARK} not multipart at all`,
    )
    .map((text): Body => ({ type: "multipart/form-data; boundary=b", text })),
  // Content types that lie or are not ours.
  fc
    .constantFrom(
      "text/plain",
      "application/xml",
      "application/json; charset=utf-7",
      "APPLICATION/JSON",
      "multipart/form-data",
      "application/json, text/html",
      `application/${MARK}`,
    )
    .map((type): Body => ({ type, text: `{"values": {"${MARK}": 1}}` })),
);

const hostileHeaders = fc.record(
  {
    Origin: fc.constantFrom("http://localhost:3000", "https://evil.example", "null", `${MARK}`),
    "X-Forwarded-For": fc.constantFrom("127.0.0.1", "10.0.0.1, 10.0.0.2", `${MARK}`),
    "X-Request-Id": fc.constantFrom(`<script>${MARK}</script>`, "x".repeat(2000), "ok-id-1"),
    "Idempotency-Key": fc.constantFrom("", " ", `${MARK}${"k".repeat(400)}`, "\u0001", "key-1"),
    Accept: fc.constantFrom("application/json", "text/html", "*/*", `${MARK}/${MARK}`),
    Authorization: fc.constantFrom(`Bearer ${MARK}`, "Basic Og==", `Bearer ${"t".repeat(5000)}`),
    "If-None-Match": fc.constantFrom("*", `"${MARK}"`, `W/"${"e".repeat(3000)}"`),
    "Sec-Fetch-Site": fc.constantFrom("same-origin", "cross-site", "none", MARK),
    "X-Injected": fc.constantFrom(`a\r\nSet-Cookie: ${MARK}=1`, `a\nX-Other: ${MARK}`),
  },
  { requiredKeys: [] },
);

/** A random client address; a handful of hostile values share the `unknown` budget. */
const clientIp = fc.oneof(
  {
    weight: 20,
    arbitrary: fc
      .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
      .map(([a, b, c]) => `10.${a}.${b}.${c}`),
  },
  { weight: 1, arbitrary: fc.constantFrom(`${MARK}`, "::1", "999.999.999.999") },
);

function requestFor(operations: Operation[]): fc.Arbitrary<FuzzRequest> {
  return fc
    .constantFrom(...operations)
    .chain((operation) =>
      fc.record({
        operation: fc.constant(operation),
        method: fc.oneof(
          { weight: 6, arbitrary: fc.constant(operation.method) },
          {
            weight: 1,
            arbitrary: fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"),
          },
        ),
        segments: fc.tuple(...paramNames(operation.path).map(segmentFor)),
        query: fc.array(fc.oneof(benignQuery, hostileQuery, longValidQuery), { maxLength: 4 }),
        body,
        headers: hostileHeaders,
        ip: clientIp,
      }),
    )
    .map(({ operation, method, segments, query, body, headers, ip }) => {
      let index = 0;
      const path = operation.path.replace(/\{[^}]+\}/g, () => segments[index++] ?? "x");
      const search = query.map(([key, value]) => `${key}=${value}`).join("&");
      const sendsBody = method !== "GET" && method !== "HEAD" && body.text !== undefined;
      const all: Record<string, string> = { ...headers, "CF-Connecting-IP": ip };
      if (sendsBody && body.type) all["Content-Type"] = body.type;
      return {
        method,
        url: `${path}${search ? `?${search}` : ""}`,
        headers: all,
        body: sendsBody ? body.text : undefined,
        // The careers site's pages (outside /v1) answer errors as HTML pages by design.
        html: (headers.Accept ?? "").includes("text/html") || !path.startsWith("/v1/"),
      };
    });
}

function paramNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? "");
}

/** Headers the platform accepts; a value it refuses (CR/LF injection) is left out, as HTTP would. */
function safeHeaders(headers: Record<string, string>): Headers {
  const result = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    try {
      result.set(name, value);
    } catch {
      // Refused by the Headers implementation: cannot be sent at all.
    }
  }
  return result;
}

/** How often each status was answered: the fuzz must reach past the first checks too. */
const statuses = new Map<number, number>();

const STACK = /\bat [^\s]+ \(|\.ts:\d+|node_modules|TypeError|ReferenceError|SyntaxError/;

async function check(request: FuzzRequest): Promise<void> {
  const response = await edge(request.url, {
    method: request.method,
    headers: safeHeaders(request.headers),
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  const context = `${request.method} ${request.url.slice(0, 200)} → ${response.status}`;
  expect(response.status, context).toBeLessThan(500);
  for (const [name, value] of response.headers) {
    expect(name, context).not.toMatch(/^(set-cookie|x-injected|x-other)$/);
    expect(value, context).not.toMatch(/[\r\n]/);
  }
  const text = await response.text();
  expect(text, context).not.toMatch(STACK);
  if (response.status < 400) return;
  if (request.html && response.headers.get("Content-Type")?.startsWith("text/html")) return;
  expect(response.headers.get("Content-Type"), context).toMatch(/^application\/json/);
  if (request.method === "HEAD") return;
  const envelope = JSON.parse(text) as {
    error: { code: keyof typeof ERROR_STATUS; message: string; requestId: string };
  };
  expect(Object.keys(envelope), context).toEqual(["error"]);
  expect(ERROR_STATUS[envelope.error.code], `${context} ${envelope.error.code}`).toBe(
    response.status,
  );
  expect(typeof envelope.error.message, context).toBe("string");
  expect(envelope.error.requestId, context).toBe(response.headers.get("X-Request-Id"));
}

describe("fuzz: hostile requests against every route", () => {
  let operations: Operation[] = [];

  beforeAll(async () => {
    await resetEmulator();
    const doc = (await (await edge("/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => METHODS.includes(method))
        .map((method) => ({ path, method: method.toUpperCase() })),
    );
  });

  it("covers every public route the OpenAPI document lists", () => {
    const paths = new Set(operations.map((operation) => operation.path));
    for (const path of [
      "/v1/lists/{list}",
      "/v1/lists/{list}/{uuid}",
      "/v1/lists/{list}/{uuid}/previews/{name}",
      "/v1/pages/{rootSlug}/{slug}",
      "/v1/hooks/caraer",
      "/v1/forms/{formUuid}",
      "/v1/forms/{formUuid}/options/{propertyUuid}",
      "/v1/forms/{formUuid}/uploads",
      "/v1/forms/{formUuid}/submissions",
      "/v1/forms/{formUuid}/submissions/{submissionId}",
    ]) {
      expect(paths).toContain(path);
    }
  });

  it("answers 1,200 malformed and hostile requests without a 5xx, always in the envelope", async () => {
    await fc.assert(fc.asyncProperty(requestFor(operations), check), { numRuns: 1_200 });
    // The run must have reached every layer: admitted reads and writes, each refusal, validation.
    const count = (status: number) => statuses.get(status) ?? 0;
    expect(count(200) + count(201) + count(202) + count(304)).toBeGreaterThan(60);
    for (const status of [400, 401, 403, 404, 405, 413, 415, 422]) {
      expect(count(status), `answers with ${status}`).toBeGreaterThan(0);
    }
  }, 60_000);

  it("let nothing invalid reach Caraer", async () => {
    const received = await emulatorRequests();
    for (const sent of received) {
      const context = `${sent.method} ${sent.path} → ${sent.status}`;
      const seen = JSON.stringify([sent.path, sent.query, sent.body]);
      expect(seen, context).not.toContain(MARK);
      // Prototype keys in a body we sent would mean a hostile object was passed on.
      const body = JSON.stringify(sent.body ?? null);
      expect(body, context).not.toContain('"__proto__"');
      expect(body, context).not.toContain('"constructor":');
      expect(body, context).not.toContain('"prototype":');
      // Caraer refusing what we sent (400, 422) would mean we forwarded something invalid.
      expect([200, 201, 404], context).toContain(sent.status);
    }
  });
});

/** Every name `Object.prototype` answers to, the `__proto__` accessor included. */
const PROTOTYPE_NAMES = [
  ...new Set([...Object.getOwnPropertyNames(Object.prototype), "__proto__"]),
];

async function errorOf(response: Response): Promise<{
  code: string;
  issues?: { field: string; code: string; message: string }[];
}> {
  return ((await response.json()) as { error: { code: string } }).error;
}

const unknownField = (field: string) => ({
  field,
  code: "unknown_field",
  message: "This form has no such field.",
});

describe("fuzz: Object.prototype member names as caller-chosen names", () => {
  beforeAll(resetEmulator);
  const SUBMISSIONS = `/v1/forms/${APPLICATION_FORM_UUID}/submissions`;
  const json = { "Content-Type": "application/json" };

  it("covers every member", () => {
    expect(PROTOTYPE_NAMES).toEqual(
      expect.arrayContaining(["constructor", "toString", "hasOwnProperty", "valueOf", "__proto__"]),
    );
    expect(PROTOTYPE_NAMES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(PROTOTYPE_NAMES)(
    "reports %s as an unknown submission field in every encoding",
    async (name) => {
      const posts: RequestInit[] = [
        // Written by hand: JSON.stringify of an object literal could not carry `__proto__`.
        { headers: json, body: `{"values": {${JSON.stringify(name)}: "x"}}` },
        {
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: `${encodeURIComponent(name)}=x`,
        },
      ];
      const text = new FormData();
      text.append(name, "x");
      const file = new FormData();
      file.append(name, new File(["%PDF-1.7\n%%EOF\n"], "cv.pdf", { type: "application/pdf" }));
      posts.push({ body: text }, { body: file });
      for (const init of posts) {
        const response = await edge(SUBMISSIONS, { method: "POST", ...init });
        expect(response.status, `${name} ${init.body}`).toBe(422);
        const error = await errorOf(response);
        expect(error.code).toBe("VALIDATION_FAILED");
        expect(error.issues).toContainEqual(unknownField(name));
      }
    },
  );

  it.each(PROTOTYPE_NAMES)("shows %s by its name on the HTML error page", async (name) => {
    const response = await edge(SUBMISSIONS, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "text/html" },
      body: `${encodeURIComponent(name)}=x`,
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain(`>${name}<`);
    expect(page).not.toContain("[native code]");
  });

  it.each(PROTOTYPE_NAMES)(
    "refuses %s as a filter, a sort and a query key of a list",
    async (name) => {
      const list = (query: string) => edge(`/v1/lists/vacancies?${query}`);
      const filter = await list(`filter[${encodeURIComponent(name)}]=x`);
      expect(filter.status).toBe(400);
      expect((await errorOf(filter)).issues).toEqual([
        {
          field: `filter.${name}`,
          code: "not_filterable",
          message: `${name} is not a filterable property of this list`,
        },
      ]);
      const sort = await list(`sort=${encodeURIComponent(name)}`);
      expect(sort.status).toBe(400);
      expect((await errorOf(sort)).issues).toEqual([
        {
          field: "sort",
          code: "not_sortable",
          message: `${name} is not a sortable property of this list`,
        },
      ]);
      const key = await list(`${encodeURIComponent(name)}=x`);
      expect(key.status).toBe(400);
      expect((await errorOf(key)).issues).toEqual([
        { field: name, code: "unknown_parameter", message: "is not a parameter of this route" },
      ]);
    },
  );
});

describe("fuzz: JSON nesting", () => {
  const deep = (depth: number) => `{"values": {"firstname": ${nested(depth, "[", "]", '"x"')}}}`;
  const tooDeep = {
    field: "body",
    code: "too_deep",
    message: "Arrays and objects may nest at most 32 levels.",
  };

  it("refuses submissions nested deeper than 32 levels with 400 too_deep, however deep", async () => {
    for (const depth of [31, 5_000, 20_000, 100_000]) {
      const response = await edge(`/v1/forms/${APPLICATION_FORM_UUID}/submissions`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: deep(depth),
      });
      expect(response.status, `depth ${depth + 2}`).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe("INVALID_REQUEST");
      expect(error.issues).toEqual([tooDeep]);
    }
  });

  it("lets the deepest allowed submission reach validation", async () => {
    const response = await edge(`/v1/forms/${APPLICATION_FORM_UUID}/submissions`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: deep(30),
    });
    expect(response.status).toBe(422);
    expect((await errorOf(response)).code).toBe("VALIDATION_FAILED");
  });

  it("holds a structure sent as a JSON string to the same bound", async () => {
    const response = await edge(`/v1/forms/${APPLICATION_FORM_UUID}/submissions`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ values: { profile_data: nested(33, "[", "]", "1") } }),
    });
    expect(response.status).toBe(422);
    expect((await errorOf(response)).issues).toContainEqual({
      field: "profile_data",
      code: "too_deep",
      message: "Nest arrays and objects at most 32 levels.",
    });
  });

  it("refuses a deep webhook body with 400 too_deep", async () => {
    const response = await edge("/v1/hooks/caraer", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${TEST_WEBHOOK_SECRET}`,
      },
      body: nested(20_000, '{"a":', "}", "1"),
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).issues).toEqual([tooDeep]);
  });
});
