import type { ComponentType } from "preact";
import { useErrorBoundary } from "preact/hooks";
import { ErrorBoundary, LocationProvider, lazy, Route, type RouteProps, Router } from "preact-iso";
import { Header } from "./components/Header";
import { SignedInOnly } from "./components/SignedInOnly";
import { SessionContext, useSessionLoader } from "./lib/use-session";

// preact-iso's lazy() waits forever when a chunk fails to download (offline, a deploy replaced it);
// answering with a page that says so keeps the screen from staying blank.
function page(load: () => Promise<{ default: ComponentType }>) {
  return lazy(() => load().catch(() => ({ default: PageLoadFailed })));
}

const CreatePage = page(() => import("./pages/Create"));
const RevealPage = page(() => import("./pages/Reveal"));
const SignInPage = page(() => import("./pages/SignIn"));
const SignUpPage = page(() => import("./pages/SignUp"));
const NotFoundPage = page(() => import("./pages/NotFound"));

function HomePage() {
  return (
    <SignedInOnly>
      <CreatePage />
    </SignedInOnly>
  );
}

const routes: RouteProps<object>[] = [
  { path: "/", component: HomePage },
  { path: "/signin", component: SignInPage },
  { path: "/signup", component: SignUpPage },
  { path: "/s/:id", component: RevealPage },
  { default: true, component: NotFoundPage },
];

export function App() {
  const session = useSessionLoader();
  // preact-iso's ErrorBoundary only reports (and routes lazy-loading); this hook draws the fallback.
  const [crash] = useErrorBoundary();
  if (crash) return <Failure title="Something went wrong" advice="Reload the page to try again." />;

  return (
    <SessionContext.Provider value={session}>
      <LocationProvider>
        <ErrorBoundary onError={(error) => console.error(error)}>
          <Header />
          <Router>
            {routes.map((route) => (
              <Route key={route.path ?? "*"} {...route} />
            ))}
          </Router>
        </ErrorBoundary>
      </LocationProvider>
    </SessionContext.Provider>
  );
}

function PageLoadFailed() {
  return (
    <Failure
      title="This page didn't load"
      advice="Check your connection, then reload the page. A secret is not used up until you view it."
    />
  );
}

function Failure({ title, advice }: { title: string; advice: string }) {
  return (
    <main class="page">
      <div class="card" role="alert">
        <h1>{title}</h1>
        <p>{advice}</p>
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    </main>
  );
}
