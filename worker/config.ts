// The deployment's [vars], parsed once into typed settings. wrangler.toml documents them for the deployer;
// the defaults that count are the ones below (worker/test/config.test.ts keeps the two equal). A bad value
// is refused with 500 misconfigured rather than replaced by a default the deployer never chose.
import * as z from "zod";
import { DEFAULT_MAX_FILE_BYTES } from "../protocol/limits";
import { ApiError } from "./http/errors";

const WHOLE_NUMBER = "must be a whole number above 0";

/** Dashboard and `--var` values are strings; an unquoted TOML number arrives as a number. */
function wholeNumber(fallback: number) {
  return z
    .union(
      [
        z.number(),
        z
          .string()
          .regex(/^[0-9]+$/)
          .transform(Number),
      ],
      { error: WHOLE_NUMBER },
    )
    .pipe(z.number({ error: WHOLE_NUMBER }).int(WHOLE_NUMBER).min(1, WHOLE_NUMBER))
    .default(fallback);
}

/** "true" or "false" (or a TOML boolean): anything else is more likely a typo than a choice. */
function flag(fallback: boolean) {
  return z
    .union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")], {
      error: 'must be "true" or "false"',
    })
    .default(fallback);
}

function commaList(error: string, item: (value: string) => string | null) {
  return z
    .string({ error })
    .transform((value, ctx) => {
      const items = value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean)
        .map(item);
      if (items.some((parsed) => parsed === null)) ctx.addIssue({ code: "custom", message: error });
      return items.filter((parsed) => parsed !== null);
    })
    .default([]);
}

/** An http(s) origin; the path, if any, is dropped (links are built from the origin alone). */
function originOf(value: string): string | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
}

function emailOf(value: string): string | null {
  const email = value.toLowerCase();
  return /^[^@\s]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(email) ? email : null;
}

/** An https URL, or http on a loopback host (a local identity provider in development and tests). */
function urlOf(value: string): string | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  if (url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname))) return url.href;
  return null;
}

export function isLoopbackHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}

/** An optional URL setting: empty is off; anything else must be an https (or loopback http) URL. */
function optionalUrl(error: string) {
  return z
    .string({ error })
    .transform((value, ctx) => {
      if (value.trim() === "") return "";
      const url = urlOf(value.trim());
      if (url === null) ctx.addIssue({ code: "custom", message: error });
      return url ?? "";
    })
    .default("");
}

function domainOf(value: string): string | null {
  const domain = value.toLowerCase();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) ? domain : null;
}

export const configSchema = z
  .object({
    // Each .describe() is the variable's entry in docs/configuration.md (npm run docs:configuration writes it).
    APP_ORIGIN: commaList("must be a comma-separated list of http(s) origins", originOf).describe(
      "The origin(s) the deployment answers on, comma-separated (`https://secrets.acme.com`). Share links and mailed links are built from it; requests for any other host answer `421 wrong_host`. Required outside loopback (`500 misconfigured`); empty serves only `http://127.0.0.1`, `http://localhost` and `http://[::1]`. `npm start` sets `http://127.0.0.1:PORT,http://localhost:PORT`.",
    ),
    SIGNUP_POLICY: z
      .enum(["open", "closed", "domains"], { error: 'must be "open", "closed" or "domains"' })
      .default("open")
      .describe(
        "`open`: anyone may sign up. `closed`: only the first account (the admin). `domains`: emails under `SIGNUP_DOMAINS`, once verified. On an open deployment whoever signs up first becomes the admin (docs/deploying.md).",
      ),
    SIGNUP_DOMAINS: commaList("must be a comma-separated list of domains (acme.com,acme.io)", domainOf).describe(
      "Comma-separated domains for `SIGNUP_POLICY=domains`, e.g. `acme.com,acme.io`; required with that policy.",
    ),
    ALLOW_ANONYMOUS_CREATE: flag(false).describe("`true` lets callers without an account create secrets."),
    MAX_SECRET_BYTES: wholeNumber(1_048_576).describe(
      "Largest ciphertext accepted (`413 too_large` above it); the request body is cut off while it streams in.",
    ),
    MAX_FILE_BYTES: wholeNumber(DEFAULT_MAX_FILE_BYTES).describe(
      "Largest sealed size of one secret's files (100 MiB, PROTOCOL 2.2), declared at the create (`413` above it) and enforced at each uploaded chunk. Counted in `QUOTA_ACTIVE_BYTES` too.",
    ),
    SESSION_TTL_SECONDS: wholeNumber(604_800).describe(
      "Absolute session lifetime from sign-in (7 days), whatever its use.",
    ),
    SESSION_IDLE_SECONDS: wholeNumber(86_400).describe(
      "Idle timeout: a session unused this long ends (24 hours). Use refreshes it at most every 5 minutes.",
    ),
    QUOTA_ACTIVE_SECRETS: wholeNumber(1000).describe(
      "Active secrets one account may hold; past it, creates answer `403 quota_exceeded`.",
    ),
    QUOTA_ACTIVE_BYTES: wholeNumber(1_073_741_824).describe(
      "Ciphertext bytes one account's active secrets may hold together (1 GiB), files included (`403 quota_exceeded`).",
    ),
    TURNSTILE_SITE_KEY: z
      .string({ error: "must be a string" })
      .default("")
      .describe(
        "Cloudflare Turnstile's public site key; with the `TURNSTILE_SECRET` secret, a human check before every reveal. Empty: off. Put it in wrangler.toml (not only the dashboard) so `npm run build` lets Turnstile into the page CSP.",
      ),
    AUDIT_RETENTION_DAYS: wholeNumber(365).describe(
      "Audit events older than this are purged by the cron (PCI DSS asks for 12 months); with `AUDIT_ARCHIVE` bound, only what the archive holds.",
    ),
    MAIL_TRANSPORT: z
      .enum(["binding", "outbox"], { error: 'must be "binding" or "outbox"' })
      .default("binding")
      .describe(
        "`binding`: Cloudflare Email Service through the `EMAIL` binding. `outbox`: keep mail in the local dev outbox at `/dev/outbox` (development only; `npm start` sets it).",
      ),
    MAIL_FROM: z
      .string({ error: "must be a sender address" })
      .regex(/@/, "must be a sender address")
      .default("Oncelink <noreply@oncelink.example>")
      .describe(
        "Sender of every mail; its address must be in the `EMAIL` binding's `allowed_sender_addresses` and on a domain onboarded with Cloudflare Email Service.",
      ),
    MAIL_DAILY_CAP: wholeNumber(50).describe(
      "Mails one account may cause per UTC day (links sent, view notifications, verification links, invites); past it `429 rate_limited`.",
    ),
    ACCESS_TEAM_DOMAIN: optionalUrl("must be the team's https origin (https://acme.cloudflareaccess.com)")
      .transform((value) => (value ? new URL(value).origin : ""))
      .describe(
        "Cloudflare Access team origin (`https://acme.cloudflareaccess.com`); with `ACCESS_AUD`, every request carrying `Cf-Access-Jwt-Assertion` is signed in by that token (auth/access-jwt.ts).",
      ),
    ACCESS_AUD: z
      .string({ error: "must be a string" })
      .trim()
      .default("")
      .describe("The Access application's audience tag; set with `ACCESS_TEAM_DOMAIN` or not at all."),
    ACCESS_CERTS_URL: optionalUrl("must be an https URL").describe(
      "Where the team's signing keys are; empty: the team domain followed by `/cdn-cgi/access/certs`.",
    ),
    OIDC_ISSUER: optionalUrl("must be the provider's https issuer URL").describe(
      'OpenID Connect provider\'s issuer URL (https, or http on a loopback host); with `OIDC_CLIENT_ID` (and the `OIDC_CLIENT_SECRET` secret), "Sign in with ..." (auth/oidc-client.ts).',
    ),
    OIDC_CLIENT_ID: z
      .string({ error: "must be a string" })
      .trim()
      .default("")
      .describe("This app's client id at the OpenID provider; set with `OIDC_ISSUER` or not at all."),
    OIDC_PROVIDER_NAME: z
      .string({ error: "must be a string" })
      .trim()
      .max(60, "must be at most 60 characters")
      .default("")
      .describe('Shown as "Sign in with <name>" (at most 60 characters); empty: the issuer\'s host name.'),
    SSO_ALLOWED_DOMAINS: commaList("must be a comma-separated list of domains (acme.com,acme.io)", domainOf).describe(
      "Email domains that may sign in through Access or OIDC, comma-separated; empty: any the provider vouches for.",
    ),
    ADMIN_EMAILS: commaList("must be a comma-separated list of email addresses", emailOf).describe(
      "Addresses made admins when they sign in through Access or OIDC, comma-separated; empty: the first account is the admin. Password sign-ups are not affected (docs/deploying.md).",
    ),
    PASSWORD_LOGIN: z
      .enum(["on", "off"], { error: 'must be "on" or "off"' })
      .default("on")
      .describe(
        "`off`: no password sign-in, sign-up or invite set-up (`403 password_login_off`), only Access or OIDC; refused unless one of them is configured.",
      ),
    REQUIRE_MFA: flag(false).describe(
      "`true`: every password sign-in needs a passkey (or a recovery code) as well; an account without one must add a passkey first (auth/second-factor.ts).",
    ),
    SLACK_API_BASE: z
      .string({ error: "must be an https URL" })
      .transform((value, ctx) => {
        const url = urlOf(value.trim());
        if (url === null) ctx.addIssue({ code: "custom", message: "must be an https URL" });
        return (url ?? "").replace(/\/+$/, "");
      })
      .default("https://slack.com/api")
      .describe(
        "Slack's Web API, for the Slack app (README, Slack; worker/slack/), which is on once the `SLACK_SIGNING_SECRET` secret is set. Change it only for a local stand-in in tests: a slash command's `response_url` is followed only on `hooks.slack.com` or this origin.",
      ),
  })
  // Otherwise nobody but the first account could ever sign up, and nothing would say why.
  .refine((config) => config.SIGNUP_POLICY !== "domains" || config.SIGNUP_DOMAINS.length > 0, {
    path: ["SIGNUP_DOMAINS"],
    message: "must list at least one domain when SIGNUP_POLICY is domains",
  })
  // Half a setting would silently leave a door shut (or open): both halves, or neither.
  .refine((config) => Boolean(config.ACCESS_TEAM_DOMAIN) === Boolean(config.ACCESS_AUD), {
    path: ["ACCESS_AUD"],
    message: "and ACCESS_TEAM_DOMAIN must be set together",
  })
  .refine((config) => Boolean(config.OIDC_ISSUER) === Boolean(config.OIDC_CLIENT_ID), {
    path: ["OIDC_CLIENT_ID"],
    message: "and OIDC_ISSUER must be set together",
  })
  // Otherwise nobody could sign in at all.
  .refine((config) => config.PASSWORD_LOGIN === "on" || config.ACCESS_AUD || config.OIDC_ISSUER, {
    path: ["PASSWORD_LOGIN"],
    message: "can be off only when Access or OIDC is configured",
  });

export type Config = z.output<typeof configSchema>;

/** One parse per env object: an isolate usually serves all its requests with one, so this is once per isolate. */
const parsed = new WeakMap<Env, Config | { problem: string }>();

/** This deployment's settings, or a 500 misconfigured naming the first bad variable. */
export function configOf(env: Env): Config {
  let outcome = parsed.get(env);
  if (!outcome) {
    outcome = parseConfig(env);
    parsed.set(env, outcome);
  }
  if ("problem" in outcome) {
    // The variable and the rule only: the value is never logged, in case someone put a secret in a var.
    console.error(`misconfigured: ${outcome.problem}`);
    throw new ApiError(500, "misconfigured", `The deployment is misconfigured: ${outcome.problem}.`);
  }
  return outcome;
}

function parseConfig(env: Env): Config | { problem: string } {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  return { problem: issue ? `${String(issue.path[0])} ${issue.message}` : "a variable is invalid" };
}
