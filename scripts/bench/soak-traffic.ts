// The soak's traffic: a weighted mix of what owners and recipients do, sent from a fixed set of client
// addresses so the product's rate limits apply as they would to real users (nothing here dodges them).
// Owners create, list their secrets, read their audit log and sign in again; recipients open a link (peek)
// and reveal it; one hostile address guesses keys, and REVEAL_LIMITER turns most of its guesses away.
import { type Owner, PASSWORD, type SealedBody, signUp } from "./account";
import type { Operation, Sample } from "./soak-stats";
import { type ExistingSecret, revealOf } from "./workloads";

/** Out of 100. Reveals are a little rarer than creates, so there is always something to open and guess at. */
export const WEIGHTS: Record<Operation, number> = {
  create: 20,
  peek: 30,
  reveal: 18,
  list: 15,
  audit: 8,
  signin: 3,
  guess: 6,
};

/** The status each operation answers when all goes to plan. */
export const EXPECTED: Record<Operation, number> = {
  create: 201,
  peek: 200,
  reveal: 200,
  list: 200,
  audit: 200,
  signin: 200,
  // A wrong key: invalid_link, counting nothing against the secret.
  guess: 403,
};

/** Recipients share this many addresses (REVEAL_LIMITER: 60 a minute each). */
const RECIPIENT_ADDRESSES = 64;
/** Secrets kept unrevealed for peeks and guesses; reveals take the oldest beyond these. */
const KEEP_UNREVEALED = 32;
const TIMEOUT_MS = 30_000;

export interface SoakAccount {
  owner: Owner;
  email: string;
  /** The address the owner always comes from: its sign-ins count against LOGIN_IP_LIMITER there. */
  address: string;
}

export interface Traffic {
  /** Sends one operation picked by weight and returns its answer's sample. */
  next(at: () => number): Promise<Sample>;
  /** Secrets created and not yet revealed. */
  unrevealed(): number;
}

export async function signUpOwners(origin: string, prefix: string, count: number): Promise<SoakAccount[]> {
  const accounts: SoakAccount[] = [];
  for (let i = 0; i < count; i++) {
    const email = `${prefix}-${i}@example.com`;
    accounts.push({ owner: await signUp(origin, email), email, address: `10.200.${i >> 8}.${i & 255}` });
  }
  return accounts;
}

export function mixedTraffic(origin: string, accounts: SoakAccount[], bodies: SealedBody[]): Traffic {
  const pending: ExistingSecret[] = [];
  const recipients = Array.from({ length: RECIPIENT_ADDRESSES }, (_, i) => `10.201.0.${i + 1}`);
  const attacker = "10.202.0.1";
  let turn = 0;
  const nextAccount = () => accounts[turn++ % accounts.length] as SoakAccount;
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)] as T;
  /** One of the newest secrets: never the ones a reveal is about to take. */
  const recent = () => pending[pending.length - 1 - Math.floor(Math.random() * Math.min(pending.length, 16))];
  let bodyTurn = 0;

  const send = async (op: Operation, at: () => number, path: string, init: RequestInit) => {
    const started = performance.now();
    let status = "error";
    let body = "";
    try {
      const res = await fetch(origin + path, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
      body = await res.text();
      status = String(res.status);
    } catch {
      // A refused connection or a timeout: "error", an error of the run.
    }
    return { sample: { op, at: at(), ms: performance.now() - started, status }, body };
  };

  const operations: Record<Operation, (at: () => number) => Promise<Sample>> = {
    async create(at) {
      const account = nextAccount();
      const sealed = bodies[bodyTurn++ % bodies.length] as SealedBody;
      const headers = { ...account.owner.headers, "cf-connecting-ip": account.address };
      const { sample, body } = await send("create", at, "/api/secrets", { method: "POST", headers, body: sealed.body });
      if (sample.status === "201") {
        pending.push({ id: (JSON.parse(body) as { secret: { id: string } }).secret.id, proof: sealed.proof });
      }
      return sample;
    },
    async peek(at) {
      const secret = recent() as ExistingSecret;
      return (
        await send("peek", at, `/api/secrets/${secret.id}`, { headers: { "cf-connecting-ip": pick(recipients) } })
      ).sample;
    },
    async reveal(at) {
      const request = revealOf(pending.shift() as ExistingSecret);
      const headers = { ...request.headers, "cf-connecting-ip": pick(recipients) };
      return (await send("reveal", at, request.path, { method: "POST", headers, body: request.body })).sample;
    },
    async list(at) {
      const { owner, address } = nextAccount();
      const headers = { ...owner.headers, "cf-connecting-ip": address };
      return (await send("list", at, "/api/secrets?status=active,viewed&limit=20", { headers })).sample;
    },
    async audit(at) {
      const { owner, address } = nextAccount();
      const headers = { ...owner.headers, "cf-connecting-ip": address };
      return (await send("audit", at, "/api/audit?limit=50", { headers })).sample;
    },
    async signin(at) {
      const { owner, email, address } = nextAccount();
      const headers = { "content-type": "application/json", origin: owner.headers.origin ?? origin };
      const body = JSON.stringify({ email, password: PASSWORD });
      const init = { method: "POST", headers: { ...headers, "cf-connecting-ip": address }, body };
      return (await send("signin", at, "/api/auth/login", init)).sample;
    },
    async guess(at) {
      const secret = recent() as ExistingSecret;
      // A well-formed proof that belongs to another body: the wrong key.
      const wrong = bodies.find((b) => b.proof !== secret.proof)?.proof ?? "";
      const request = revealOf({ id: secret.id, proof: wrong });
      const headers = { ...request.headers, "cf-connecting-ip": attacker };
      return (await send("guess", at, request.path, { method: "POST", headers, body: request.body })).sample;
    },
  };

  const total = Object.values(WEIGHTS).reduce((sum, w) => sum + w, 0);
  return {
    next(at) {
      let roll = Math.random() * total;
      let op: Operation = "create";
      for (const [name, weight] of Object.entries(WEIGHTS) as [Operation, number][]) {
        roll -= weight;
        if (roll < 0) {
          op = name;
          break;
        }
      }
      // Nothing to open yet, or too little to reveal without emptying the peek set: create instead.
      if ((op === "peek" || op === "guess") && pending.length === 0) op = "create";
      if (op === "reveal" && pending.length <= KEEP_UNREVEALED) op = "create";
      return operations[op](at);
    },
    unrevealed: () => pending.length,
  };
}
