// The recipient page (/s/:id): web/s/index.html loads this one module, with no framework, no router and no
// shared chunk to wait for, its CSS inlined by the build (web/build-recipient-page.ts). The app sends its
// own /s/:id navigations here with a full page load, so this is the page's one implementation.
import { MESSAGES, type SecretPeek, type User } from "../../../protocol/api";
import { LINK_KEY_PATTERN, SECRET_ID_PATTERN } from "../../../protocol/limits";
import { ApiError } from "../lib/api";
import { getAppConfig, getSecretPeek, getSession } from "../lib/api-routes";
import { loadedClickModule } from "./click-module";
import { fill, h, notice, strongLine } from "./dom";
import { expiryNotice, watchExpiry } from "./expiry";
import { revealForm } from "./form";
import { header } from "./header";
import { keyStillUseful, MISTYPED_LINK, type Problem, problemFrom } from "./problems";
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
const top = header();
// undefined until GET /api/session answers; null when signed out.
let user: User | null | undefined;
const session = getSession().then(
  (answer) => answer.user,
  () => null,
);
session.then((answer) => {
  user = answer;
  top.showUser(answer);
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
  draw(h("p", { class: "lead", role: "status" }, "Checking the link…"));
}

/** One line for a recipient who has never heard of Oncelink. */
function aboutOncelink(): HTMLParagraphElement {
  return h(
    "p",
    { class: "hint reveal-about" },
    "Oncelink shares passwords and other secrets through links that open once, encrypted in the browser. ",
    h("a", { href: "/" }, "Create your own"),
  );
}

export function showProblem(problem: Problem): void {
  if (!keyStillUseful(problem)) forgetKey();
  const body: (Node | false | undefined)[] = [h("h1", null, "One-time secret")];
  if (problem.signIn) body.push(...signInPrompt());
  else if (problem.verifyEmail) body.push(...(loadedClickModule()?.verifyEmailPrompt(problem.message, user) ?? []));
  else {
    body.push(
      notice(
        "error",
        strongLine(`${problem.message}.`),
        problem.advice && h("p", null, problem.advice),
        problem.retry && h("p", null, "Nothing was used up: the secret can still be viewed once this works."),
      ),
      !problem.retry && !problem.later && aboutOncelink(),
    );
  }
  if (problem.retry) body.push(h("button", { type: "button", onclick: load }, "Try again"));
  draw(...body);
}

async function showReady(peek: SecretPeek, turnstileSiteKey: string | null): Promise<void> {
  // Asking before the click saves a round trip; the server checks again on reveal anyway.
  const signInFirst = peek.requireLogin && (await session) === null;
  const title = peek.from ? `${peek.from} shared a secret with you` : "Someone shared a secret with you";
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
    !!peek.from && h("p", { class: "hint reveal-from" }, "The sender's address is verified by this Oncelink server."),
    expiry.element,
    ...(form ? [form.element] : signInPrompt()),
  );
  const stopWatching = watchExpiry(id, peek.expiresAt, showProblem);
  leaveStage = () => {
    expiry.stop();
    stopWatching();
    form?.remove();
  };
  form?.shown();
}

function load(): void {
  if (!SECRET_ID_PATTERN.test(id)) {
    showProblem(problemFrom(new ApiError(404, "not_found", MESSAGES.notFound)));
    return;
  }
  if (!LINK_KEY_PATTERN.test(linkKey)) {
    // No usable key (cut off, or removed from the address bar after a view): the peek tells a spent secret
    // ("already viewed") from a live one whose link is incomplete. It consumes nothing.
    getSecretPeek(id).then(
      () => showProblem(MISTYPED_LINK),
      (error: unknown) => showProblem(problemFrom(error)),
    );
    return;
  }
  showLoading();
  // The peek never consumes a view; nothing is spent until the user asks to see the secret. The config is
  // asked for at the same time, so a deployment without the human check waits no longer than for the peek.
  Promise.all([getSecretPeek(id), getAppConfig()])
    .then(
      ([peek, config]) => showReady(peek, config.turnstileSiteKey),
      (error: unknown) => showProblem(problemFrom(error)),
    )
    .catch(showCrash);
}

/** A bug of this page's, not the link's: say so rather than leave a half-drawn card. */
function showCrash(error: unknown): void {
  console.error(error);
  draw(
    h("h1", null, "Something went wrong"),
    h("p", null, "Reload the page to try again. A secret is not used up until you view it."),
    h("button", { type: "button", onclick: () => location.reload() }, "Reload"),
  );
  card.setAttribute("role", "alert");
}

const root = document.getElementById("app");
if (root) {
  fill(root, top.element, h("main", { class: "page" }, card));
  showLoading();
  load();
}
