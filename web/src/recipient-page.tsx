// The recipient page (/s/:id) as a page of its own: web/s/index.html loads this one module, with no router
// and no shared chunk to wait for, and its CSS inlined by the build (web/build-recipient-page.ts). The rest
// of the app (main.tsx) renders the same page at /s/:id when it navigates there itself.
import { render } from "preact";
import { useErrorBoundary } from "preact/hooks";
import { Header } from "./components/Header";
import { SessionContext, useSessionLoader } from "./lib/use-session";
import RevealPage from "./pages/Reveal";
import "./styles.css";

function RecipientApp() {
  const session = useSessionLoader();
  const [crash] = useErrorBoundary((error) => console.error(error));
  return (
    <SessionContext.Provider value={session}>
      <Header />
      {crash ? (
        <main class="page">
          <div class="card" role="alert">
            <h1>Something went wrong</h1>
            <p>Reload the page to try again. A secret is not used up until you view it.</p>
            <button type="button" onClick={() => location.reload()}>
              Reload
            </button>
          </div>
        </main>
      ) : (
        <RevealPage />
      )}
    </SessionContext.Provider>
  );
}

const root = document.getElementById("app");
if (root) render(<RecipientApp />, root);
