import { raw } from "hono/html";
import type { FC, PropsWithChildren } from "hono/jsx";
import { mediaTypeOf } from "../security/body";

/** The encodings an HTML form can post (`enctype`); `text/plain` is refused, as a page too. */
const FORM_ENCODINGS = new Set([
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "text/plain",
]);

/**
 * Whether a submission is a plain HTML form post that a person is watching
 * (answered with pages and redirects) rather than a script call (answered
 * with JSON): a form encoding, sent as a navigation (`Sec-Fetch-Mode`), or by
 * an older browser that does not send that header but asks for HTML.
 */
export function isHtmlPost(request: Request): boolean {
  if (!FORM_ENCODINGS.has(mediaTypeOf(request))) return false;
  const mode = request.headers.get("Sec-Fetch-Mode");
  if (mode) return mode.toLowerCase() === "navigate";
  return (request.headers.get("Accept") ?? "").toLowerCase().includes("text/html");
}

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1f2328}
main{max-width:36rem;margin:4rem auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px #0002}
h1{font-size:1.5rem;margin-top:0}ul{padding-left:1.25rem}li{margin:.4rem 0}
.field{font-weight:600}a{color:#0b5cad}`;

const Page: FC<PropsWithChildren<{ title: string }>> = ({ title, children }) => (
  <>
    {raw("<!DOCTYPE html>")}
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <main>{children}</main>
      </body>
    </html>
  </>
);

/** The built-in thank-you page: the form's `thankYouMessage`, shown as text. */
export const ThankYouPage: FC<{ title: string; message: string }> = ({ title, message }) => (
  <Page title={title}>
    <h1>{title}</h1>
    <p>{message}</p>
  </Page>
);

/** One problem as a person reads it: the field's label and what to do. */
export interface PageIssue {
  label: string;
  message: string;
}

/**
 * A readable error page for a plain HTML form post: what went wrong, the
 * fields to fix, and the way back to the form (the browser keeps what was typed).
 */
export const ErrorPage: FC<{
  title: string;
  message: string;
  issues: PageIssue[];
  /** What to do next, e.g. how long to wait before sending again. */
  advice?: string | undefined;
  /** The page the form was on, when the browser said so; else the back button is suggested. */
  backUrl: string | null;
}> = ({ title, message, issues, advice, backUrl }) => (
  <Page title={title}>
    <h1>{title}</h1>
    <p>{message}</p>
    {advice && <p>{advice}</p>}
    {issues.length > 0 && (
      <ul>
        {issues.map((issue) => (
          <li>
            <span class="field">{issue.label}</span>: {issue.message}
          </li>
        ))}
      </ul>
    )}
    <p>
      {backUrl ? (
        <a href={backUrl}>Go back to the form</a>
      ) : (
        "Use your browser's back button to return to the form; what you typed is kept."
      )}
    </p>
  </Page>
);
