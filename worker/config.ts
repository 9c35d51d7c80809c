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
    /** Origins this deployment answers on; empty serves loopback only (http/app-origin.ts). */
    APP_ORIGIN: commaList("must be a comma-separated list of http(s) origins", originOf),
    SIGNUP_POLICY: z
      .enum(["open", "closed", "domains"], { error: 'must be "open", "closed" or "domains"' })
      .default("open"),
    SIGNUP_DOMAINS: commaList("must be a comma-separated list of domains (acme.com,acme.io)", domainOf),
    ALLOW_ANONYMOUS_CREATE: flag(false),
    MAX_SECRET_BYTES: wholeNumber(1_048_576),
    /** The sealed bytes of one secret's files (PROTOCOL 2.2); counted in QUOTA_ACTIVE_BYTES too. */
    MAX_FILE_BYTES: wholeNumber(DEFAULT_MAX_FILE_BYTES),
    SESSION_TTL_SECONDS: wholeNumber(604_800),
    SESSION_IDLE_SECONDS: wholeNumber(86_400),
    QUOTA_ACTIVE_SECRETS: wholeNumber(1000),
    QUOTA_ACTIVE_BYTES: wholeNumber(1_073_741_824),
    /** Cloudflare Turnstile's public site key; empty: no human check. */
    TURNSTILE_SITE_KEY: z.string({ error: "must be a string" }).default(""),
    AUDIT_RETENTION_DAYS: wholeNumber(365),
    MAIL_TRANSPORT: z.enum(["binding", "outbox"], { error: 'must be "binding" or "outbox"' }).default("binding"),
    MAIL_FROM: z
      .string({ error: "must be a sender address" })
      .regex(/@/, "must be a sender address")
      .default("Oncelink <noreply@oncelink.example>"),
    MAIL_DAILY_CAP: wholeNumber(50),
    /** Cloudflare Access (auth/access-jwt.ts): the team's origin; with ACCESS_AUD it turns Access sign-in on. */
    ACCESS_TEAM_DOMAIN: optionalUrl("must be the team's https origin (https://acme.cloudflareaccess.com)").transform(
      (value) => (value ? new URL(value).origin : ""),
    ),
    ACCESS_AUD: z.string({ error: "must be a string" }).trim().default(""),
    /** Empty: ${ACCESS_TEAM_DOMAIN}/cdn-cgi/access/certs. */
    ACCESS_CERTS_URL: optionalUrl("must be an https URL"),
    /** OpenID Connect (auth/oidc-client.ts); the client secret is the secret OIDC_CLIENT_SECRET. */
    OIDC_ISSUER: optionalUrl("must be the provider's https issuer URL"),
    OIDC_CLIENT_ID: z.string({ error: "must be a string" }).trim().default(""),
    /** Shown as "Sign in with <name>"; empty: the issuer's host name. */
    OIDC_PROVIDER_NAME: z
      .string({ error: "must be a string" })
      .trim()
      .max(60, "must be at most 60 characters")
      .default(""),
    /** Email domains that may sign in through Access or OIDC; empty: any the provider vouches for. */
    SSO_ALLOWED_DOMAINS: commaList("must be a comma-separated list of domains (acme.com,acme.io)", domainOf),
    /** Accounts made admins when they sign in through Access or OIDC; empty: the first account is the admin. */
    ADMIN_EMAILS: commaList("must be a comma-separated list of email addresses", emailOf),
    /** "off": no password sign-in, sign-up or invite set-up; only Access or OIDC. */
    PASSWORD_LOGIN: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on"),
    /** Every password sign-in needs a passkey (or a recovery code) as well (auth/second-factor.ts). */
    REQUIRE_MFA: flag(false),
    /**
     * Slack's Web API (worker/slack/); the app itself is on when the secret SLACK_SIGNING_SECRET is set. Tests
     * point it at a local receiver; a slash command's response_url is followed only on hooks.slack.com or here.
     */
    SLACK_API_BASE: z
      .string({ error: "must be an https URL" })
      .transform((value, ctx) => {
        const url = urlOf(value.trim());
        if (url === null) ctx.addIssue({ code: "custom", message: "must be an https URL" });
        return (url ?? "").replace(/\/+$/, "");
      })
      .default("https://slack.com/api"),
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
