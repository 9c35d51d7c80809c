// Test helpers that talk to the Worker the way a browser or script would: real requests through
// exports.default.fetch, real D1, KV and Durable Objects underneath.
import { createExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import type { ApiErrorBody, CreateSecretResult, Secret, User, UserResult } from "../../protocol/api";
import { deriveLinkSecrets, envelopeUpload, type SealOptions, sealSecret } from "../../protocol/envelope";
import { app } from "../app";
import { readDevOutbox } from "../mail/dev-outbox";

export const ORIGIN = "https://oncelink.test";
export const STRONG_PASSWORD = "plum kettle orbit saxophone 42";

export interface Caller {
  cookie?: string;
}

export interface Call extends RequestInit, Caller {
  /** Answers as a deployment configured with these [vars] would: same bindings, other settings. */
  vars?: Partial<Env>;
}

/** Mail goes to the dev outbox in KV, where a test can read it (see verificationTokenFor). */
export const OUTBOX = { MAIL_TRANSPORT: "outbox" } as const;

export async function api(path: string, init: Call = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("Cookie", init.cookie);
  // Each request from its own address, unless a test names one: per-IP limits are tested on purpose only.
  if (!headers.has("CF-Connecting-IP")) headers.set("CF-Connecting-IP", randomTestIp());
  // A browser sends Origin on every state change; a script with a bearer token sends none.
  const browserChange = init.method && init.method !== "GET" && !headers.has("Authorization");
  if (browserChange && !headers.has("Origin")) headers.set("Origin", ORIGIN);
  if (typeof init.body === "string" && !headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  const { vars, cookie: _, ...requestInit } = init;
  const request = new Request(`${ORIGIN}${path}`, { ...requestInit, headers });
  if (!vars) return exports.default.fetch(request);
  return app.fetch(request, { ...env, ...vars }, createExecutionContext());
}

export function postJson(path: string, body: unknown, caller: Caller & Pick<Call, "vars"> = {}): Promise<Response> {
  return api(path, { method: "POST", body: JSON.stringify(body), ...caller });
}

let accounts = 0;
export function uniqueEmail(label = "user"): string {
  accounts += 1;
  return `${label}-${accounts}-${crypto.randomUUID().slice(0, 8)}@example.com`;
}

/** Signs up a fresh account and returns its session cookie. Its address is not verified. */
export async function signUp(email = uniqueEmail(), vars?: Partial<Env>): Promise<{ cookie: string; user: User }> {
  const res = await postJson("/api/auth/signup", { email, password: STRONG_PASSWORD }, { vars });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  const { user } = await res.json<UserResult>();
  return { cookie: sessionCookieOf(res), user };
}

/** Signs up, then verifies the address the way its owner would: with the token from the mailed link. */
export async function signUpVerified(email = uniqueEmail(), vars?: Partial<Env>) {
  const account = await signUp(email, { ...vars, ...OUTBOX });
  const res = await postJson("/api/auth/verify", { token: await verificationTokenFor(email) }, { vars });
  if (res.status !== 200) throw new Error(`verification failed: ${res.status} ${await res.text()}`);
  return { ...account, user: { ...account.user, emailVerified: true } };
}

/** The token of the newest verification link mailed to `email` (mail sent with OUTBOX). */
export async function verificationTokenFor(email: string): Promise<string> {
  const [mail] = (await readDevOutbox(env.KV)).filter((m) => m.to === email && m.subject.includes("Confirm"));
  const token = /\/verify#([A-Za-z0-9_-]{43})/.exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error(`no verification mail to ${email} in the dev outbox`);
  return token;
}

export function sessionCookieOf(res: Response): string {
  const setCookie = res.headers.get("Set-Cookie") ?? "";
  return setCookie.split(";")[0] ?? "";
}

export interface CreatedSecret {
  secret: Secret;
  linkKey: string;
  proof: string;
  /** PROTOCOL 2.1's proof of the link key alone; the server checks it for a secret with a passphrase. */
  keyProof: string;
}

/** Encrypts like the browser does and uploads the envelope. */
export async function createSecret(
  caller: Caller,
  options: Partial<SealOptions> & Record<string, unknown> = {},
): Promise<CreatedSecret> {
  const { text = "DB_PASSWORD=super_secret_password_123!", passphrase, kdf, ...rest } = options;
  const sealed = await sealSecret({
    text: String(text),
    passphrase: passphrase as string | undefined,
    kdf: passphrase ? (kdf ?? { salt: "oKGio6SlpqeoqaqrrK2urw", iterations: 100_000 }) : undefined,
  });
  const body = { ...envelopeUpload(sealed), ...rest };
  const res = await postJson("/api/secrets", body, caller);
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  const { secret } = await res.json<CreateSecretResult>();
  return { secret, linkKey: sealed.linkKey, proof: sealed.proof, keyProof: sealed.keyProof };
}

function randomTestIp(): string {
  return `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
}

/** Reveals from a random client IP unless one is given, as racing recipients would. */
export function reveal(
  id: string,
  proof: string,
  caller: Caller & Pick<Call, "vars"> & { ip?: string; keyProof?: string } = {},
): Promise<Response> {
  const ip = caller.ip ?? randomTestIp();
  return api(`/api/secrets/${id}/reveal`, {
    method: "POST",
    body: JSON.stringify({ proof, keyProof: caller.keyProof }),
    headers: { "CF-Connecting-IP": ip },
    cookie: caller.cookie,
    vars: caller.vars,
  });
}

/** A proof that is well formed but wrong: what a damaged link or a wrong passphrase produces. */
export async function wrongProof(): Promise<string> {
  return (await deriveLinkSecrets("A".repeat(43))).proof;
}

export async function errorOf(res: Response): Promise<ApiErrorBody["error"]> {
  const body = await res.json<ApiErrorBody>();
  return body.error;
}

/** Polls until `accept` holds: for what a Durable Object delivers to D1 after it has answered. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 150; i++) {
    const value = await read();
    if (accept(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return read();
}
