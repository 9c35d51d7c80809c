import type { AppConfig } from "../../../../protocol/api";
import { t } from "../../lib/i18n";
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
        {t("common.sso.signInWith", { provider })}
      </button>
      <p class="sso-divider">{t("common.sso.orPassword")}</p>
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
          {t("common.sso.signInWith", { provider: config.oidcProvider })}
        </button>
      ) : (
        <p>{t("common.sso.access")}</p>
      )}
      <p class="sso-divider">{t("common.sso.passwordOff")}</p>
    </section>
  );
}
