/** The text of every element matching a simple `tag` or `tag.class` selector, in document order (test helper). */
export async function texts(html: string, selector: string): Promise<string[]> {
  const found: string[] = [];
  let current: string[] | null = null;
  await new HTMLRewriter()
    .on(selector, {
      element(element) {
        const parts: string[] = [];
        current = parts;
        found.push("");
        const index = found.length - 1;
        element.onEndTag(() => {
          found[index] = parts.join("").trim();
        });
      },
      text(chunk) {
        current?.push(chunk.text);
      },
    })
    .transform(new Response(html))
    .text();
  return found;
}

/** The value of one attribute of every element matching a selector. */
export async function attributes(html: string, selector: string, name: string): Promise<string[]> {
  const found: string[] = [];
  await new HTMLRewriter()
    .on(selector, {
      element(element) {
        found.push(element.getAttribute(name) ?? "");
      },
    })
    .transform(new Response(html))
    .text();
  return found;
}

/** The opening tag of the form control (input, textarea, select) with this id. */
export function tagWithId(html: string, id: string): string {
  const match = new RegExp(`<(input|textarea|select)[^>]*\\bid="${id}"[^>]*>`).exec(html);
  if (!match) throw new Error(`no control with id ${id}`);
  return match[0];
}

/** The value of the hidden input with this name. */
export function hiddenValue(html: string, name: string): string {
  const match = new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`).exec(html);
  if (!match) throw new Error(`no hidden input ${name}`);
  return match[1] as string;
}
