// The request sequences autocannon sends. Each factory builds a fresh sequence per run; secrets created
// along the way land in a pool that later runs reveal or peek.
import type { Request } from "autocannon";
import { distinctClientIp, revealBody, type SealedBody } from "./account";
import type { AccountPool } from "./account-pool";

export interface ExistingSecret {
  id: string;
  proof: string;
}

export interface Workload {
  requests: Request[];
  /** The time in ms of each successful unit (one request, or a create+reveal pair). */
  unitTimes: number[];
}

const JSON_HEADERS = { "content-type": "application/json" };

function single(request: Request): Workload {
  const unitTimes: number[] = [];
  return { requests: [timed(request, unitTimes)], unitTimes };
}

let timers = 0;

/** Adds each 2xx answer's time to `times`: from building the request (just before it is written) to its answer. */
export function timed(request: Request, times: number[]): Request {
  const key = `startedAt${timers++}`;
  return {
    ...request,
    setupRequest: (req, context) => {
      context[key] = performance.now();
      return request.setupRequest ? request.setupRequest(req, context) : req;
    },
    onResponse: (status, body, context) => {
      if (status >= 200 && status < 300) times.push(performance.now() - (context[key] as number));
      request.onResponse?.(status, body, context);
    },
  };
}

export const healthRequest: Request = { method: "GET", path: "/api/health" };

export function health(): Workload {
  return single(healthRequest);
}

/** Signed-in creates with client-encrypted bodies; each created secret goes into `created`. */
export function create(accounts: AccountPool, bodies: SealedBody[], created: ExistingSecret[]): Workload {
  return single(createRequest(accounts, bodies, created));
}

/** Peeks (GET, never consumes) rotating over secrets that stay active. */
export function peek(pool: ExistingSecret[]): Workload {
  let next = 0;
  const request: Request = {
    method: "GET",
    setupRequest: (req) => ({ ...req, path: `/api/secrets/${pool[next++ % pool.length]?.id}` }),
  };
  return single(request);
}

/** Reveals, each of a different existing secret taken from `pool`, as an anonymous recipient. */
export function reveal(pool: ExistingSecret[]): Workload {
  const request: Request = {
    method: "POST",
    setupRequest: (req) => {
      const secret = pool.pop();
      return secret ? revealRequest(req, secret) : null;
    },
  };
  return single(request);
}

/** A create followed on the same connection by the reveal of what it created; timed as one unit. */
export function createThenReveal(accounts: AccountPool, bodies: SealedBody[]): Workload {
  const created: ExistingSecret[] = [];
  const unitTimes: number[] = [];
  const first = createRequest(accounts, bodies, created);
  const second: Request = {
    method: "POST",
    setupRequest: (req, context) => {
      const secret = context.secret as ExistingSecret | undefined;
      // Falsy starts the sequence over: a failed create has nothing to reveal.
      return secret ? revealRequest(req, secret) : null;
    },
    onResponse: (status, _body, context) => {
      if (status === 200) unitTimes.push(performance.now() - (context.pairStartedAt as number));
    },
  };
  return { requests: [first, second], unitTimes };
}

function createRequest(accounts: AccountPool, bodies: SealedBody[], created: ExistingSecret[]): Request {
  let next = 0;
  return {
    method: "POST",
    path: "/api/secrets",
    setupRequest: (req, context) => {
      const sealed = bodies[next++ % bodies.length];
      context.proof = sealed?.proof;
      context.pairStartedAt = performance.now();
      return { ...req, headers: accounts.next().headers, body: sealed?.body };
    },
    onResponse: (status, body, context) => {
      if (status !== 201) return;
      const secret = { id: (JSON.parse(body) as { secret: { id: string } }).secret.id, proof: String(context.proof) };
      created.push(secret);
      context.secret = secret;
    },
  };
}

/** A recipient's reveal: no cookie (the recipient is not the creator), and a client IP of its own. */
export function revealOf(secret: ExistingSecret): Required<Pick<Request, "path" | "body" | "headers">> {
  return {
    path: `/api/secrets/${secret.id}/reveal`,
    body: revealBody(secret.proof),
    headers: { ...JSON_HEADERS, "cf-connecting-ip": distinctClientIp() },
  };
}

function revealRequest(req: Request, secret: ExistingSecret): Request {
  return { ...req, ...revealOf(secret) };
}
