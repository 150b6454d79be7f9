// Caraer Edge embed: <caraer-form> and <caraer-jobs>, rendered into light DOM
// from the edge's HTML fragments, so the host site's CSS applies. No framework;
// built by scripts/build-embed.mjs into a hashed, long-cached module that the
// stable /embed.js imports. See README "Embed".

const EDGE = new URL(import.meta.url).origin;
const TURNSTILE = "https://challenges.cloudflare.com/turnstile/v0/api.js";
const RESERVED = ["_loadedAt", "cf-turnstile-response"];

/** `{name}` placeholders, as the edge's catalogue writes them. */
const fill = (text, values = {}) =>
  String(text ?? "").replace(/\{(\w+)\}/g, (whole, name) =>
    name in values ? values[name] : whole,
  );

const emit = (target, type, detail) =>
  target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));

const el = (tag, attributes = {}, text) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
};

async function fetchFragment(path) {
  const response = await fetch(`${EDGE}${path}`, { headers: { Accept: "text/html" } });
  if (!response.ok) throw new Error(`fragment ${response.status}`);
  return response.text();
}

/** Edge-relative links and actions of a fragment point at the edge, not the host. */
function absolutise(root) {
  for (const node of root.querySelectorAll("a[href^='/'], form[action^='/']")) {
    const name = node.tagName === "FORM" ? "action" : "href";
    node.setAttribute(name, EDGE + node.getAttribute(name));
  }
  // The stylesheet comes from the edge this script was loaded from.
  for (const node of root.querySelectorAll("link[rel=stylesheet]")) {
    node.setAttribute("href", EDGE + new URL(node.getAttribute("href"), EDGE).pathname);
  }
}

class CaraerForm extends HTMLElement {
  async connectedCallback() {
    if (this.started) return;
    this.started = true;
    const uuid = this.getAttribute("form") ?? "";
    const vacancy = this.getAttribute("vacancy");
    const query = vacancy ? `?vacancy=${encodeURIComponent(vacancy)}` : "";
    this.setAttribute("aria-busy", "true");
    try {
      const html = await fetchFragment(`/fragments/forms/${encodeURIComponent(uuid)}${query}`);
      const template = document.createElement("template");
      template.innerHTML = html;
      absolutise(template.content);
      this.replaceChildren(template.content);
      this.form = this.querySelector("form.caraer-form");
      if (!this.form) throw new Error("no form in the fragment");
      this.enhance();
    } catch (error) {
      // The host's own content (a plain link to the form page) stays as the fallback.
      emit(this, "caraer:error", { stage: "load", message: String(error) });
    } finally {
      this.removeAttribute("aria-busy");
    }
  }

  t(key, values) {
    return fill(this.messages[key] ?? key, values);
  }

  enhance() {
    const form = this.form;
    this.messages = JSON.parse(form.dataset.messages ?? "{}");
    this.uuid = form.dataset.caraerForm;
    this.status = el("div", {
      class: "caraer-form__status",
      role: "status",
      "aria-live": "polite",
    });
    this.status.hidden = true;
    form.querySelector(".caraer-form__actions")?.before(this.status);
    if (
      form.querySelector(".cf-turnstile") &&
      !document.querySelector(`script[src^="${TURNSTILE}"]`)
    ) {
      document.head.append(el("script", { src: TURNSTILE, async: "", defer: "" }));
    }
    this.slides = [...form.querySelectorAll(".caraer-slide")];
    if (this.slides.length > 1) this.steps();
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (!this.busy && !this.paused) this.submit();
    });
  }

  steps() {
    const actions = this.form.querySelector(".caraer-form__actions");
    this.back = el(
      "button",
      { type: "button", class: "caraer-button caraer-button--quiet" },
      this.t("back"),
    );
    this.next = el("button", { type: "button", class: "caraer-button" }, this.t("next"));
    this.submitButton = actions.querySelector("[type=submit]");
    actions.prepend(this.back, this.next);
    this.back.addEventListener("click", () => this.show(this.current - 1));
    this.next.addEventListener("click", () => {
      if (this.valid(this.slides[this.current])) this.show(this.current + 1);
    });
    this.show(0, false);
  }

  /** Shows one slide; the others stay in the form (their values are posted). */
  show(index, focus = true) {
    this.current = Math.max(0, Math.min(index, this.slides.length - 1));
    for (const [i, slide] of this.slides.entries()) {
      slide.toggleAttribute("data-caraer-hidden", i !== this.current);
    }
    const last = this.current === this.slides.length - 1;
    this.back.hidden = this.current === 0;
    this.next.hidden = last;
    this.submitButton.hidden = !last;
    if (focus) {
      const title = this.slides[this.current].querySelector(".caraer-slide__title");
      title?.setAttribute("tabindex", "-1");
      title?.focus();
    }
  }

  valid(slide) {
    for (const control of slide.querySelectorAll("input, select, textarea")) {
      if (!control.checkValidity()) {
        control.reportValidity();
        return false;
      }
    }
    return true;
  }

  say(text, error = false) {
    this.status.hidden = !text;
    this.status.textContent = text ?? "";
    this.status.classList.toggle("caraer-form__status--error", error);
  }

  fieldOf(name) {
    return this.form.querySelector(`[data-field="${CSS.escape(name)}"]`);
  }

  clearErrors() {
    this.form.querySelector(".caraer-form__summary")?.remove();
    for (const node of this.form.querySelectorAll(".caraer-field__error[data-caraer]"))
      node.remove();
    for (const node of this.form.querySelectorAll("[aria-invalid]"))
      node.removeAttribute("aria-invalid");
    for (const node of this.form.querySelectorAll(".caraer-field--invalid")) {
      node.classList.remove("caraer-field--invalid");
    }
  }

  /** Field errors next to their fields and a summary at the top linking to them, as the no-JS page. */
  showIssues(issues) {
    this.clearErrors();
    const summary = el("div", { class: "caraer-form__summary", role: "alert", tabindex: "-1" });
    summary.append(el("h2", { class: "caraer-form__summary-title" }, this.t("errorSummaryTitle")));
    const list = el("ul");
    let first = null;
    for (const issue of issues) {
      const field = this.fieldOf(issue.field);
      const label =
        field?.querySelector(".caraer-field__label")?.firstChild?.textContent?.trim() ?? "";
      const known = this.messages[`issue_${issue.code}`];
      const text = known ? fill(known, { label }) : issue.message;
      const item = el("li");
      const control = field?.querySelector("input, select, textarea");
      if (field && control) {
        const id = `${control.id}-error`;
        field.classList.add("caraer-field--invalid");
        const message = el("p", { class: "caraer-field__error", id, "data-caraer": "" }, text);
        field.querySelector(".caraer-field__label")?.after(message);
        for (const input of field.querySelectorAll("input, select, textarea")) {
          input.setAttribute("aria-invalid", "true");
          const described = (input.getAttribute("aria-describedby") ?? "")
            .split(" ")
            .filter(Boolean);
          if (!described.includes(id))
            input.setAttribute("aria-describedby", [...described, id].join(" "));
        }
        const link = el("a", { href: `#${control.id}` }, `${label}: ${text}`);
        link.addEventListener("click", (event) => {
          event.preventDefault();
          this.reveal(control);
          control.focus();
        });
        item.append(link);
        first ??= control;
      } else {
        item.textContent = text;
      }
      list.append(item);
    }
    summary.append(list);
    this.form.querySelector(".caraer-slide")?.before(summary);
    if (first && this.slides.length > 1) this.reveal(first);
    summary.focus();
  }

  reveal(control) {
    const index = this.slides.findIndex((slide) => slide.contains(control));
    if (index >= 0 && this.slides.length > 1) this.show(index, false);
  }

  /** Uploads one file input's files through the uploads route, with progress; their keys. */
  upload(input) {
    const body = new FormData();
    for (const file of input.files) body.append("files", file);
    const progress = el("progress", { class: "caraer-progress", max: "100", value: "0" });
    input.after(progress);
    this.say(this.t("uploading", { name: [...input.files].map((file) => file.name).join(", ") }));
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open("POST", `${EDGE}/v1/forms/${this.uuid}/uploads`);
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) progress.value = Math.round((event.loaded / event.total) * 100);
      };
      request.onload = () => {
        progress.remove();
        let body = {};
        try {
          body = JSON.parse(request.responseText);
        } catch {}
        if (request.status === 201) resolve(body.data.files.map((file) => file.key));
        else reject({ status: request.status, body, input });
      };
      request.onerror = () => {
        progress.remove();
        reject({ status: 0, input });
      };
      request.send(body);
    });
  }

  async payload() {
    const values = {};
    let related;
    for (const [name, value] of new FormData(this.form)) {
      if (value instanceof File || name === "_idempotencyKey") continue;
      if (name === "relatedRecordUuid") related = value;
      else if (name in values) values[name] = [].concat(values[name], value);
      else values[name] = value;
    }
    for (const input of this.form.querySelectorAll("input[type=file]")) {
      if (input.files.length > 0) values[input.name] = await this.upload(input);
    }
    for (const name of RESERVED) if (values[name] === "") delete values[name];
    return { values, ...(related ? { relatedRecordUuid: related } : {}) };
  }

  async post(body, retried = false) {
    const key = this.form.querySelector("[name=_idempotencyKey]")?.value;
    try {
      return await fetch(`${EDGE}/v1/forms/${this.uuid}/submissions`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Accept: "application/json",
          ...(key ? { "Idempotency-Key": key } : {}),
        },
        body: JSON.stringify(body),
      });
    } catch (error) {
      // One retry on a network failure, with the same key: never two applications.
      if (retried) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return this.post(body, true);
    }
  }

  async submit() {
    if (!this.form.checkValidity()) {
      const invalid = this.form.querySelector(":invalid");
      this.reveal(invalid);
      invalid?.reportValidity();
      return;
    }
    this.busy = true;
    const button = this.form.querySelector("[type=submit]");
    button.disabled = true;
    this.say(this.t("sending"));
    try {
      const response = await this.post(await this.payload());
      const answer = await response.json().catch(() => ({}));
      if (response.status === 201 || response.status === 202) return this.done(answer.data);
      const error = answer.error ?? {};
      if (response.status === 422 && error.issues) {
        this.say("");
        this.showIssues(error.issues);
      } else if (response.status === 429) {
        const seconds = Math.max(1, Number.parseInt(response.headers.get("Retry-After"), 10) || 60);
        this.say(this.t("tooMany", { seconds }), true);
        this.pause(button, seconds);
      } else if (response.status === 503) {
        this.say(this.t("unavailable"), true);
      } else {
        this.say(error.message ?? this.t("errorGeneric"), true);
      }
      globalThis.turnstile?.reset?.();
      emit(this, "caraer:error", {
        status: response.status,
        code: error.code,
        issues: error.issues,
      });
    } catch (failure) {
      const { status, body, input } = failure ?? {};
      if (input) {
        const file = [...input.files].map((item) => item.name).join(", ");
        // The kinds as the form's file hint names them: the `accept` list of MIME types is for browsers.
        const types = this.form.dataset.fileTypes ?? "";
        const max = `${Math.round(Number(this.form.dataset.maxFileBytes) / 1048576)} MB`;
        const message =
          status === 413
            ? this.t("fileTooLarge", { name: file, size: max })
            : status === 415
              ? this.t("fileType", { name: file, types })
              : (body?.error?.message ?? this.t("offline"));
        this.say("");
        this.showIssues([{ field: input.name, code: "file", message }]);
        emit(this, "caraer:error", { status, code: body?.error?.code, stage: "upload" });
      } else {
        this.say(this.t("offline"), true);
        emit(this, "caraer:error", { status: 0, code: "NETWORK" });
      }
    } finally {
      this.busy = false;
      button.disabled = Boolean(this.paused);
    }
  }

  /** Honours a 429's `Retry-After`: sending stays off until the edge will take the form again. */
  pause(button, seconds) {
    this.paused = true;
    setTimeout(() => {
      this.paused = false;
      button.disabled = false;
      this.say("");
    }, seconds * 1000);
  }

  done(data) {
    emit(this, "caraer:submitted", data);
    const redirect = this.form.dataset.redirect;
    if (data.status === "delivered" && redirect) {
      location.assign(redirect);
      return;
    }
    const box = el("div", { class: "caraer-form__status", role: "status", tabindex: "-1" });
    if (data.status === "delivered") {
      box.append(el("p", {}, this.form.dataset.thankYou || this.t("thankYouDefault")));
    } else {
      box.append(el("p", {}, this.t(data.status === "failed" ? "failedState" : "received")));
      const link = el(
        "a",
        { href: `${EDGE}/v1/forms/${this.uuid}/submissions/${data.submissionId}` },
        this.t("statusLink"),
      );
      box.append(el("p", {}, ""));
      box.lastChild.append(link);
    }
    this.form.replaceChildren(this.form.querySelector(".caraer-form__title") ?? "", box);
    box.focus();
  }
}

class CaraerJobs extends HTMLElement {
  connectedCallback() {
    if (this.started) return;
    this.started = true;
    this.list = this.getAttribute("list") ?? "";
    addEventListener("popstate", () => this.load(location.search, false));
    this.load(location.search, false);
  }

  async load(search, push) {
    const params = new URLSearchParams(search);
    for (const [name, value] of [...params]) if (value.trim() === "") params.delete(name, value);
    const query = params.toString();
    this.setAttribute("aria-busy", "true");
    try {
      const html = await fetchFragment(
        `/fragments/jobs/${encodeURIComponent(this.list)}${query ? `?${query}` : ""}`,
      );
      const template = document.createElement("template");
      template.innerHTML = html;
      absolutise(template.content);
      this.replaceChildren(template.content);
      this.wire();
      if (push) history.pushState(null, "", query ? `?${query}` : location.pathname);
    } catch (error) {
      // Keep the last list (or the host's fallback link) and say the edge could not be reached.
      this.querySelector(".caraer-jobs__offline")?.remove();
      this.prepend(
        el(
          "p",
          { class: "caraer-jobs__offline", role: "status" },
          this.dataset.offline ?? "The positions could not be loaded.",
        ),
      );
      emit(this, "caraer:error", { stage: "jobs", message: String(error) });
    } finally {
      this.removeAttribute("aria-busy");
    }
  }

  /** Search, filters and paging of the fragment run in place; vacancy links stay links. */
  wire() {
    const base = `${EDGE}/jobs/${this.list}`;
    for (const form of this.querySelectorAll("form[method=get], form:not([method])")) {
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        this.load(`?${new URLSearchParams(new FormData(form))}`, true);
      });
    }
    for (const link of this.querySelectorAll("a[href]")) {
      const url = new URL(link.href);
      if (url.origin === EDGE && url.pathname === `/jobs/${this.list}`) {
        link.addEventListener("click", (event) => {
          event.preventDefault();
          this.load(url.search, true);
        });
      } else if (link.href.startsWith(base)) {
        link.target = "_top";
      }
    }
  }
}

if (!customElements.get("caraer-form")) customElements.define("caraer-form", CaraerForm);
if (!customElements.get("caraer-jobs")) customElements.define("caraer-jobs", CaraerJobs);
