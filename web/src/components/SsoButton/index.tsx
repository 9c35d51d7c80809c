import type { AppConfig } from "../../../../protocol/api";
import "./style.css";

/** GET /api/auth/oidc/start, keeping the detour's path; its fragment waits in sessionStorage (lib/return-path). */
function oidcStartHref(next: string | undefined): string {
  return next ? `/api/auth/oidc/start?next=${encodeURIComponent(next)}` : "/api/auth/oidc/start";
}

/**
 * "Sign in with <provider>": a full page load to the API, which sends the browser on to the provider. A
 * button rather than a link, so the client-side router does not take the click for one of its pages.
 */
export function SsoButton({ provider, next }: { provider: string; next: string | undefined }) {
  return (
    <>
      <button type="button" class="sso-button" onClick={() => location.assign(oidcStartHref(next))}>
        Sign in with {provider}
      </button>
      <p class="sso-divider">or with your password</p>
    </>
  );
}

/** PASSWORD_LOGIN=off: single sign-on is the only way in. */
export function SsoOnly({ title, config, next }: { title: string; config: AppConfig; next: string | undefined }) {
  return (
    <section class="card">
      <h1>{title}</h1>
      {config.oidcProvider ? (
        <button type="button" class="sso-button" onClick={() => location.assign(oidcStartHref(next))}>
          Sign in with {config.oidcProvider}
        </button>
      ) : (
        <p>
          This deployment signs people in through Cloudflare Access. Open it through your organisation's Access link.
        </p>
      )}
      <p class="sso-divider">Password sign-in is turned off on this deployment.</p>
    </section>
  );
}
