// Secrets are set with `wrangler secret put` and never appear in wrangler.toml, so `wrangler types` cannot
// see them; they are declared here.
interface Env {
  /** Cloudflare Turnstile's secret key; with TURNSTILE_SITE_KEY it turns on the human check before reveals. */
  TURNSTILE_SECRET?: string;
  /** The OpenID Connect client secret (with OIDC_ISSUER and OIDC_CLIENT_ID); empty: a public client, PKCE only. */
  OIDC_CLIENT_SECRET?: string;
  /** The Slack app's signing secret (Basic Information > App Credentials); set, it turns the Slack app on. */
  SLACK_SIGNING_SECRET?: string;
  /** The Slack app's bot token (xoxb-…): opens the help modal and sends response notices. */
  SLACK_BOT_TOKEN?: string;
  /**
   * Seals webhook signing secrets at rest in D1 (webhooks/signing-secret-seal.ts): at least 32 random
   * characters (`openssl rand -base64 32`). Required for webhooks outside loopback.
   */
  WEBHOOK_SECRET_KEY?: string;
}
