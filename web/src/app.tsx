import type { ComponentChildren, ComponentType } from "preact";
import { useErrorBoundary, useState } from "preact/hooks";
import { ErrorBoundary, LocationProvider, lazy, Route, type RouteProps, Router, useLocation } from "preact-iso";
import { Header } from "./components/Header";
import { SignedInOnly } from "./components/SignedInOnly";
import { setFallbackTexts } from "./lib/api";
import { type MessageKey, t } from "./lib/i18n";
import { SessionContext, useSession, useSessionLoader } from "./lib/use-session";
import { useTitle } from "./lib/use-title";

// preact-iso's lazy() waits forever when a chunk fails to download (offline, a deploy replaced it);
// answering with a page that says so keeps the screen from staying blank.
function page<P>(load: () => Promise<{ default: ComponentType<P> }>) {
  return lazy(() => load().catch(() => ({ default: PageLoadFailed as ComponentType<P> })));
}

// The signed-in pages and their frame load only once a signed-in page is opened: a recipient at /s/:id
// downloads none of it.
const AppShell = page<{ children: ComponentChildren }>(() =>
  import("./components/AppShell").then(({ AppShell }) => ({ default: AppShell })),
);
const RequestsPage = page(() => import("./pages/Requests"));
const signedInPages: Record<string, ReturnType<typeof page>> = {
  "/": page(() => import("./pages/Secrets")),
  "/requests": RequestsPage,
  "/requests/new": page(() => import("./pages/NewRequest")),
  "/audit": page(() => import("./pages/Audit")),
  "/tokens": page(() => import("./pages/Tokens")),
  "/webhooks": page(() => import("./pages/Webhooks")),
  "/members": page(() => import("./pages/Members")),
  "/account": page(() => import("./pages/Account")),
};

/** Each page names itself in the tab, history and bookmarks ("Sign in · Oncelink"). */
const TITLES: Record<string, MessageKey> = {
  "/": "common.page.secrets",
  "/requests": "common.page.requests",
  "/requests/new": "common.page.newRequest",
  "/audit": "common.page.audit",
  "/tokens": "common.page.tokens",
  "/webhooks": "common.page.webhooks",
  "/members": "common.page.members",
  "/account": "common.page.account",
  "/signin": "common.page.signIn",
  "/signup": "common.page.signUp",
  "/setup": "common.page.setup",
  "/verify": "common.page.verify",
};

function titleOf(path: string, signedOut: boolean): MessageKey {
  if (path.startsWith("/s/")) return "common.page.secretForYou";
  if (path.startsWith("/r/")) return "common.page.requestForYou";
  if (path.startsWith("/requests/")) return "common.page.requests";
  if (path === "/" && signedOut) return "common.page.front";
  return TITLES[path] ?? "common.page.notFound";
}

const SignInPage = page(() => import("./pages/SignIn"));

/**
 * The recipient page is a page of its own (web/src/recipient, served by the Worker for /s/*): when the app
 * navigates there itself (after a sign-in detour), reloading the address it has just put in this history
 * entry opens it, #key included. Not location.replace(href): to the same URL with a fragment, that is only
 * a jump to the fragment, and nothing would load.
 */
function RecipientPage() {
  location.reload();
  return null;
}

const routes: RouteProps<object>[] = [
  ...Object.entries(signedInPages).map(([path, component]) => ({ path, component })),
  { path: "/signin", component: SignInPage },
  { path: "/signup", component: page(() => import("./pages/SignUp")) },
  { path: "/setup", component: page(() => import("./pages/Setup")) },
  { path: "/verify", component: page(() => import("./pages/Verify")) },
  { path: "/s/:id", component: RecipientPage },
  // An inbox link (PROTOCOL 9): the requests page, which keeps the fragment's key in this browser.
  { path: "/requests/:id", component: RequestsPage },
  { path: "/r/:id", component: page(() => import("./pages/Respond")) },
  { default: true, component: page(() => import("./pages/NotFound")) },
];

export function App() {
  // Before the session loader's first request: the browser's own failure sentences in the page's language.
  useState(() =>
    setFallbackTexts({
      offline: t("common.api.offline"),
      generic: t("common.api.generic"),
      unavailable: t("common.api.unavailable"),
    }),
  );
  const session = useSessionLoader();
  // preact-iso's ErrorBoundary only reports (and routes lazy-loading); this hook draws the fallback.
  const [crash] = useErrorBoundary();
  if (crash) return <Failure title={t("common.crash.title")} advice={t("common.crash.advice")} />;

  return (
    <SessionContext.Provider value={session}>
      <LocationProvider>
        <ErrorBoundary onError={(error) => console.error(error)}>
          <Layout />
        </ErrorBoundary>
      </LocationProvider>
    </SessionContext.Provider>
  );
}

/** Signed-in pages sit in the sidebar shell; the recipient, sign-in, setup and verify pages keep the plain header. */
function Layout() {
  const { path } = useLocation();
  const { user } = useSession();
  useTitle(t(titleOf(path, user === null)));
  const router = (
    <Router>
      {routes.map((route) => (
        <Route key={route.path ?? "*"} {...route} />
      ))}
    </Router>
  );
  const signedInPage = signedInPages[path] ?? (/^\/requests\/[A-Za-z0-9_-]{22}$/.test(path) ? RequestsPage : undefined);
  // Signed out, "/" is the front page: what Oncelink is, beside the sign-in form.
  const frontPage = path === "/" && user === null;
  if (!signedInPage || frontPage) {
    return (
      <>
        <Header />
        {frontPage ? <SignInPage /> : router}
      </>
    );
  }
  // Fetched alongside the shell rather than after it.
  signedInPage.preload();
  return (
    <SignedInOnly>
      <AppShell>{router}</AppShell>
    </SignedInOnly>
  );
}

function PageLoadFailed() {
  return <Failure title={t("common.loadFailed.title")} advice={t("common.loadFailed.advice")} />;
}

function Failure({ title, advice }: { title: string; advice: string }) {
  return (
    <main class="page">
      <div class="card" role="alert">
        <h1>{title}</h1>
        <p>{advice}</p>
        <button type="button" onClick={() => location.reload()}>
          {t("common.reload")}
        </button>
      </div>
    </main>
  );
}
