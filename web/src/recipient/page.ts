// The recipient page (/s/:id): web/s/index.html loads this one module, with no framework, no router and no
// shared chunk to wait for, its CSS inlined by the build (web/build-recipient-page.ts). The app sends its
// own /s/:id navigations here with a full page load, so this is the page's one implementation.
import type { SecretPeek, User } from "../../../protocol/api";
import { LINK_KEY_PATTERN, SECRET_ID_PATTERN } from "../../../protocol/limits";
import { ApiError } from "../lib/api";
import { getAppConfig, getSecretPeek, getSession } from "../lib/api-routes";
import { loadedClickModule } from "./click-module";
import { fill, h, notice, strongLine } from "./dom";
import { expiryNotice, watchExpiry } from "./expiry";
import { revealForm } from "./form";
import { header } from "./header";
import { loadAllMessages, loadMessages, sentence, t } from "./i18n";
import { keyStillUseful, mistypedLink, type Problem, problemFrom } from "./problems";
import { signInPrompt } from "./sign-in-prompt";
import "../styles.css";
import "../components/Notice/style.css";
import "./style.css";

/** The secret's id from the address. */
function idFromPath(): string {
  const match = /^\/s\/([^/]+)$/.exec(location.pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : "";
}

const id = idFromPath();
// Read once: the key only ever arrives in the fragment, which the server never sees.
const linkKey = location.hash.slice(1);
const card = h("div", { class: "card reveal-card" });
// undefined until GET /api/session answers; null when signed out.
let user: User | null | undefined;
const session = getSession().then(
  (answer) => answer.user,
  () => null,
);
session.then((answer) => {
  user = answer;
});
// Each state draws the card anew; one that is replaced stops its timers through this.
let leaveStage: () => void = () => {};

function draw(...children: (Node | false | undefined)[]): void {
  leaveStage();
  leaveStage = () => {};
  fill(card, ...children);
}

/** The key has done its work (or cannot work): out of the address bar and this history entry. */
function forgetKey(): void {
  if (location.hash) history.replaceState(history.state, "", location.pathname + location.search);
}

function showLoading(): void {
  draw(h("p", { class: "lead", role: "status" }, t("recipient.checking")));
}

/** One line for a recipient who has never heard of Oncelink. */
function aboutOncelink(): HTMLParagraphElement {
  return h(
    "p",
    { class: "hint reveal-about" },
    t("recipient.end.about"),
    " ",
    h("a", { href: "/" }, t("recipient.end.createOwn")),
  );
}

export function showProblem(problem: Problem): void {
  if (!keyStillUseful(problem)) forgetKey();
  const body: (Node | false | undefined)[] = [h("h1", null, t("recipient.problemHeading"))];
  if (problem.signIn) body.push(...signInPrompt());
  else if (problem.verifyEmail) body.push(...(loadedClickModule()?.verifyEmailPrompt(problem.message, user) ?? []));
  else {
    body.push(
      notice(
        "error",
        strongLine(sentence(problem.message)),
        problem.advice && h("p", null, problem.advice),
        problem.retry && h("p", null, t("recipient.retryAdvice")),
      ),
      !problem.retry && !problem.later && aboutOncelink(),
    );
  }
  if (problem.retry) body.push(h("button", { type: "button", onclick: load }, t("recipient.tryAgain")));
  draw(...body);
}

/**
 * A dead end found before any click: its sentences ("recipient.end.*") come with the language's catalog chunk
 * rather than in every first load. Without that chunk (offline) the page says what it has.
 */
function endWith(problem: () => Problem): void {
  loadAllMessages()
    .catch(() => undefined)
    .then(() => showProblem(problem()));
}

async function showReady(peek: SecretPeek, turnstileSiteKey: string | null): Promise<void> {
  // Asking before the click saves a round trip; the server checks again on reveal anyway.
  const signInFirst = peek.requireLogin && (await session) === null;
  // The sign-in prompt's sentences are not in the page's first load (recipient-page-language.ts).
  if (signInFirst) await loadAllMessages().catch(() => undefined);
  const title = peek.from ? t("recipient.sharedBy", { from: peek.from }) : t("recipient.sharedBySomeone");
  const expiry = expiryNotice(peek);
  const form = signInFirst
    ? null
    : revealForm({
        id,
        linkKey,
        peek,
        turnstileSiteKey,
        onRevealed: (revealed) => {
          forgetKey();
          draw();
          loadedClickModule()?.showRevealed(card, revealed);
        },
        onProblem: showProblem,
      });
  draw(
    h("h1", null, title),
    !!peek.from && h("p", { class: "hint reveal-from" }, t("recipient.fromVerified")),
    expiry.element,
    ...(form ? [form.element] : signInPrompt()),
  );
  const stopWatching = watchExpiry(id, peek.expiresAt, (error) => endWith(() => problemFrom(error)));
  leaveStage = () => {
    expiry.stop();
    stopWatching();
    form?.remove();
  };
  form?.shown();
}

function load(): void {
  if (!SECRET_ID_PATTERN.test(id)) {
    endWith(() => problemFrom(new ApiError(404, "not_found", "")));
    return;
  }
  if (!LINK_KEY_PATTERN.test(linkKey)) {
    // No usable key (cut off, or removed from the address bar after a view): the peek tells a spent secret
    // ("already viewed") from a live one whose link is incomplete. It consumes nothing.
    getSecretPeek(id).then(
      () => endWith(mistypedLink),
      (error: unknown) => endWith(() => problemFrom(error)),
    );
    return;
  }
  showLoading();
  // The peek never consumes a view; nothing is spent until the user asks to see the secret. The config is
  // asked for at the same time, so a deployment without the human check waits no longer than for the peek.
  Promise.all([getSecretPeek(id), getAppConfig()])
    .then(
      ([peek, config]) => showReady(peek, config.turnstileSiteKey),
      (error: unknown) => endWith(() => problemFrom(error)),
    )
    .catch(showCrash);
}

/** A bug of this page's, not the link's: say so rather than leave a half-drawn card. */
function showCrash(error: unknown): void {
  console.error(error);
  draw(
    h("h1", null, t("recipient.crash.title")),
    h("p", null, t("recipient.crash.advice")),
    h("button", { type: "button", onclick: () => location.reload() }, t("recipient.reload")),
  );
  card.setAttribute("role", "alert");
}

const root = document.getElementById("app");
if (root) {
  // The messages are in the page (put there by the Worker): this awaits nothing but in vite's dev server.
  loadMessages().then(() => {
    const top = header();
    session.then((answer) => top.showUser(answer));
    fill(root, top.element, h("main", { class: "page" }, card));
    showLoading();
    load();
  }, console.error);
}
