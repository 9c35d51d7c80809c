// Storage round trips, measured rather than counted from the code: the app's storage meter (worker/dev/
// storage-meter.ts, local apps only) holds every D1 call and Durable Object request back by a fixed delay.
// A route's median latency with the delay, minus its median without, divided by the delay, is the number of
// storage round trips it waits for one after another (calls made at once overlap and count once). The
// meter's counts give what one secret's whole life costs: create, peek, reveal, its outbox delivered, sealed.
import { distinctClientIp, type Owner, PASSWORD, revealBody, sealBodies, signUp } from "./account";
import { sleep } from "./app";
import { log } from "./log";

export interface HopCase {
  key: string;
  name: string;
  /** Fastest answer in ms without the delay, and with it (noise on a shared machine only ever adds time). */
  plainMs: number;
  delayedMs: number;
  /** (delayed - plain) / delay: sequential storage round trips. */
  roundTrips: number;
}

export interface StorageCounts {
  d1Calls: number;
  d1Statements: number;
  doRequests: number;
}

export interface HopResults {
  delayMs: number;
  cases: HopCase[];
  /** Routes not measured, and why (anonymous create where the deployment does not allow it). */
  skipped: { key: string; reason: string }[];
  /** One secret's life measured alone on a quiet app (the median of three; quick: one): it pays a whole seal pass. */
  life: StorageCounts;
  /** Per life, of BURST_LIVES lives run at once: the ledger's seal pass is shared, as under traffic. */
  burst: StorageCounts;
}

interface Request {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface HopSetup {
  origin: string;
  /** Reads the dashboard and the audit page, and signs in. */
  owner: Owner;
  email: string;
  /** `Bearer olk_…` API tokens, each of an account of its own: creates are limited per account. */
  bearers: string[];
}

/** Creates one account makes here, well under CREATE_LIMITER's 60 a minute. */
const CREATES_PER_ACCOUNT = 25;

/** Signs up the accounts a run of `reps` needs (the first is the owner) and mints each an API token. */
export async function hopSetup(origin: string, prefix: string, reps: number): Promise<HopSetup> {
  const creates = 4 * reps + 4 + 3 + BURST_LIVES + 8;
  const emails = Array.from(
    { length: Math.ceil(creates / CREATES_PER_ACCOUNT) },
    (_, i) => `${prefix}-${i}@example.com`,
  );
  const owners = await Promise.all(emails.map((email) => signUp(origin, email)));
  const bearers = await Promise.all(owners.map((owner) => mintToken(origin, owner)));
  const [owner] = owners;
  if (!owner) throw new Error("no account signed up");
  return { origin, owner, email: emails[0] ?? "", bearers };
}

type RequestMaker = () => Promise<Request>;

export const BURST_LIVES = 20;

export async function setMeter(origin: string, delayMs: number): Promise<StorageCounts & { delayMs: number }> {
  const res = await fetch(`${origin}/dev/storage-meter`, {
    method: delayMs < 0 ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: delayMs < 0 ? undefined : JSON.stringify({ delayMs }),
  });
  if (!res.ok) throw new Error(`the storage meter answered ${res.status}: is this a local app (npm start)?`);
  return (await res.json()) as StorageCounts & { delayMs: number };
}

export const readMeter = (origin: string) => setMeter(origin, -1);

export async function mintToken(origin: string, owner: Owner): Promise<string> {
  const res = await fetch(`${origin}/api/tokens`, {
    method: "POST",
    headers: owner.headers,
    body: JSON.stringify({ name: "bench" }),
  });
  if (res.status !== 201) throw new Error(`minting a token answered ${res.status}: ${await res.text()}`);
  return `Bearer ${((await res.json()) as { token: string }).token}`;
}

async function send(origin: string, request: Request): Promise<Response> {
  const res = await fetch(`${origin}${request.path}`, request);
  if (!res.ok) throw new Error(`${request.method} ${request.path} answered ${res.status}: ${await res.text()}`);
  return res;
}

export async function measureHops(setup: HopSetup, delayMs: number, reps: number): Promise<HopResults> {
  const { origin, owner, bearers } = setup;
  let created = 0;
  const bearer = () => bearers[Math.floor(created++ / CREATES_PER_ACCOUNT)] ?? "";
  const bodies = await sealBodies(8);
  let nextBody = 0;
  const createBy = (headers: () => Record<string, string>) => async (): Promise<Request> => ({
    method: "POST",
    path: "/api/secrets",
    headers: { ...headers(), "content-type": "application/json", "cf-connecting-ip": distinctClientIp() },
    body: bodies[nextBody++ % bodies.length]?.body,
  });
  const createWithToken = createBy(() => ({ authorization: bearer() }));
  /** A secret made untimed, for a peek or a reveal. */
  const fresh = async () => {
    const sealed = bodies[nextBody++ % bodies.length];
    const res = await send(origin, { ...(await createWithToken()), body: sealed?.body });
    return { id: ((await res.json()) as { secret: { id: string } }).secret.id, proof: sealed?.proof ?? "" };
  };
  const peek = await fresh();
  const routes: [string, string, RequestMaker][] = [
    ["create", "create, signed in by API token", createWithToken],
    ["createAnonymous", "create, anonymous", createBy(() => ({}))],
    ["peek", "peek, anonymous", async () => ({ method: "GET", path: `/api/secrets/${peek.id}` })],
    [
      "reveal",
      "reveal, anonymous",
      async () => {
        const secret = await fresh();
        const headers = { "content-type": "application/json", "cf-connecting-ip": distinctClientIp() };
        return { method: "POST", path: `/api/secrets/${secret.id}/reveal`, headers, body: revealBody(secret.proof) };
      },
    ],
    ["session", "GET /api/session, signed out", async () => ({ method: "GET", path: "/api/session" })],
    [
      "dashboard",
      "dashboard list (cookie)",
      async () => ({ method: "GET", path: "/api/secrets", headers: owner.headers }),
    ],
    ["audit", "audit page (cookie)", async () => ({ method: "GET", path: "/api/audit", headers: owner.headers })],
    [
      "signIn",
      "sign-in",
      async () => ({
        method: "POST",
        path: "/api/auth/login",
        headers: { ...owner.headers, cookie: "", "cf-connecting-ip": distinctClientIp() },
        body: JSON.stringify({ email: setup.email, password: PASSWORD }),
      }),
    ],
  ];
  const cases: HopCase[] = [];
  const skipped: HopResults["skipped"] = [];
  for (const [key, name, make] of routes) {
    if (key === "createAnonymous") {
      const res = await fetch(`${origin}/api/secrets`, await make());
      if (res.status === 401) {
        skipped.push({ key, reason: "ALLOW_ANONYMOUS_CREATE is false" });
        continue;
      }
    }
    const { plainMs, delayedMs } = await timeRoute(origin, make, reps, delayMs);
    const roundTrips = Math.round(((delayedMs - plainMs) / delayMs) * 10) / 10;
    log(
      `  ${name}: ${plainMs.toFixed(1)} ms, +${delayMs} ms a hop: ${delayedMs.toFixed(1)} ms = ${roundTrips} round trips`,
    );
    cases.push({ key, name, plainMs, delayedMs, roundTrips });
  }
  // Each token records its last use at most once a minute (a D1 write): use them all now, so no life pays
  // that write and each life shows its steady cost.
  const warmTokens = () =>
    Promise.all(
      bearers.map((authorization) => send(origin, { method: "GET", path: "/api/me", headers: { authorization } })),
    );
  const alone: StorageCounts[] = [];
  // Three lives alone in a full run, one in a quick one: the counts do not vary, the quiet waits cost seconds.
  for (let i = 0; i < (reps >= 10 ? 3 : 1); i++) {
    await warmTokens();
    alone.push(await lives(origin, createWithToken, bodies, 1));
  }
  const life = {
    d1Calls: middle(alone.map((c) => c.d1Calls)),
    d1Statements: middle(alone.map((c) => c.d1Statements)),
    doRequests: middle(alone.map((c) => c.doRequests)),
  };
  await warmTokens();
  const burst = await lives(origin, createWithToken, bodies, BURST_LIVES);
  log(`  one secret's life, alone: ${JSON.stringify(alone)}; in a burst of ${BURST_LIVES}: ${JSON.stringify(burst)}`);
  return { delayMs, cases, skipped, life, burst };
}

/**
 * `reps` answers without the delay and `reps` with it, alternating, after an untimed warm-up; building a
 * request is not timed. The fastest of each: what the machine's other work adds is noise, never signal.
 */
async function timeRoute(origin: string, make: RequestMaker, reps: number, delayMs: number) {
  await send(origin, await make());
  const plain: number[] = [];
  const delayed: number[] = [];
  for (let i = 0; i < reps; i++) {
    for (const [delay, times] of [
      [0, plain],
      [delayMs, delayed],
    ] as const) {
      await setMeter(origin, 0); // what make() creates (a secret to reveal) runs undelayed, untimed
      const request = await make();
      await setMeter(origin, delay);
      const started = performance.now();
      const res = await send(origin, request);
      await res.arrayBuffer();
      times.push(performance.now() - started);
      // Whatever the answer left running (waitUntil, the ledger's alarm) ends under its own delay.
      await sleep(50 + 2 * delay);
    }
  }
  await setMeter(origin, 0);
  return { plainMs: Math.min(...plain), delayedMs: Math.min(...delayed) };
}

/**
 * `count` lives at once: create, peek, reveal by an anonymous recipient, then the vaults' deliveries to D1
 * and the ledger's seal, on an app doing nothing else. The meter is zeroed after a quiet second and read
 * once it stops moving; the counts are per life.
 */
async function lives(
  origin: string,
  createRequest: RequestMaker,
  bodies: { body: string; proof: string }[],
  count: number,
): Promise<StorageCounts> {
  await waitForQuiet(origin);
  await setMeter(origin, 0);
  // In stages, all creates, then all peeks, then all reveals, as traffic of many users would interleave.
  const made = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const sealed = bodies[i % bodies.length];
      const res = await send(origin, { ...(await createRequest()), body: sealed?.body });
      return { id: ((await res.json()) as { secret: { id: string } }).secret.id, proof: sealed?.proof ?? "" };
    }),
  );
  await Promise.all(made.map(({ id }) => send(origin, { method: "GET", path: `/api/secrets/${id}` })));
  await Promise.all(
    made.map(({ id, proof }) =>
      send(origin, {
        method: "POST",
        path: `/api/secrets/${id}/reveal`,
        headers: { "content-type": "application/json", "cf-connecting-ip": distinctClientIp() },
        body: revealBody(proof),
      }),
    ),
  );
  const total = await waitForQuiet(origin);
  const per = (n: number) => Math.round((n / count) * 10) / 10;
  return { d1Calls: per(total.d1Calls), d1Statements: per(total.d1Statements), doRequests: per(total.doRequests) };
}

/** Waits until the meter has not moved for 1.5 s (the ledger seals a second after a change), at most 15 s. */
async function waitForQuiet(origin: string): Promise<StorageCounts> {
  let last = await readMeter(origin);
  let stillSince = performance.now();
  const started = performance.now();
  while (performance.now() - stillSince < 1500 && performance.now() - started < 15_000) {
    await sleep(250);
    const now = await readMeter(origin);
    if (now.d1Calls !== last.d1Calls || now.doRequests !== last.doRequests) stillSince = performance.now();
    last = now;
  }
  return { d1Calls: last.d1Calls, d1Statements: last.d1Statements, doRequests: last.doRequests };
}

function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
