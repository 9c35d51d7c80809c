// Bench-only: counts every D1 call and Durable Object request this isolate makes and can hold each one back
// by a fixed delay, so `npm run bench` reads a route's latency in storage round trips. The bindings are
// wrapped once, where env enters (index.ts and each Durable Object's constructor), never at a call site.
// Only a local app can have it: the outbox mail transport and loopback-only APP_ORIGIN (what `npm start`
// sets; a deployment needs a real origin and real mail). Even there it counts only, delaying nothing, until
// a caller on this machine asks for a delay (routes/dev.ts).
import { configOf } from "../config";

export interface StorageMeterReading {
  /** Held back before each D1 call and each Durable Object request, in ms. */
  delayMs: number;
  /** D1 round trips: a statement run alone, a batch, an exec. */
  d1Calls: number;
  /** D1 statements, each one of a batch counted. */
  d1Statements: number;
  /** Durable Object requests: RPC calls and fetches on a stub. */
  doRequests: number;
}

const reading: StorageMeterReading = { delayMs: 0, d1Calls: 0, d1Statements: 0, doRequests: 0 };
export const MAX_STORAGE_DELAY_MS = 1000;

export function readStorageMeter(): StorageMeterReading {
  return { ...reading };
}

/** Zeroes the counts and sets the delay (0: count only). */
export function resetStorageMeter(delayMs: number): void {
  Object.assign(reading, { delayMs, d1Calls: 0, d1Statements: 0, doRequests: 0 });
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** True only for a local development app: outbox mail and nothing but loopback origins. */
export function storageMeterAllowed(env: Env): boolean {
  try {
    const config = configOf(env);
    return (
      config.MAIL_TRANSPORT === "outbox" &&
      config.APP_ORIGIN.every((origin) => LOOPBACK_HOSTS.has(new URL(origin).hostname))
    );
  } catch {
    return false; // misconfigured: the request answers 500 on its own
  }
}

const metered = new WeakMap<Env, Env>();

/** env with D1 and the Durable Object namespaces metered, on a local app; env itself anywhere else. */
export function meteredEnv(env: Env): Env {
  if (!storageMeterAllowed(env)) return env;
  let wrapped = metered.get(env);
  if (!wrapped) {
    wrapped = {
      ...env,
      DB: meterD1(env.DB),
      SECRET_VAULT: meterNamespace(env.SECRET_VAULT),
      AUDIT_LEDGER: meterNamespace(env.AUDIT_LEDGER),
    };
    metered.set(env, wrapped);
  }
  return wrapped;
}

async function hop<T>(count: (r: StorageMeterReading) => void, call: () => Promise<T>): Promise<T> {
  count(reading);
  if (reading.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, reading.delayMs));
  return call();
}

const countD1 = (statements: number) => (r: StorageMeterReading) => {
  r.d1Calls += 1;
  r.d1Statements += statements;
};

/** The real statement behind each metered one, for batch(), which takes only real ones. */
const realStatement = new WeakMap<D1PreparedStatement, D1PreparedStatement>();
const RUNS = new Set(["run", "all", "first", "raw"]);

function meterStatement(statement: D1PreparedStatement): D1PreparedStatement {
  const proxy = new Proxy(statement, {
    get(target, prop) {
      if (prop === "bind") return (...values: unknown[]) => meterStatement(target.bind(...values));
      const value = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      if (typeof prop === "string" && RUNS.has(prop)) {
        return (...args: unknown[]) => hop(countD1(1), () => value.apply(target, args));
      }
      return value.bind(target);
    },
  });
  realStatement.set(proxy, statement);
  return proxy;
}

function meterBatch(batch: D1Database["batch"]): D1Database["batch"] {
  return (statements) => hop(countD1(statements.length), () => batch(statements.map((s) => realStatement.get(s) ?? s)));
}

function meterSession(session: D1DatabaseSession): D1DatabaseSession {
  return new Proxy(session, {
    get(target, prop) {
      if (prop === "prepare") return (query: string) => meterStatement(target.prepare(query));
      if (prop === "batch") return meterBatch(target.batch.bind(target));
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function meterD1(d1: D1Database): D1Database {
  return new Proxy(d1, {
    get(target, prop) {
      if (prop === "prepare") return (query: string) => meterStatement(target.prepare(query));
      if (prop === "batch") return meterBatch(target.batch.bind(target));
      if (prop === "exec") {
        // exec runs each line as a statement: counted as one call, its statements by the lines sent.
        const lines = (query: string) => query.split("\n").filter((line) => line.trim()).length;
        return (query: string) => hop(countD1(lines(query)), () => target.exec(query));
      }
      if (prop === "withSession") {
        return (constraint?: string) => meterSession(target.withSession(constraint));
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const countDo = (r: StorageMeterReading) => {
  r.doRequests += 1;
};

function meterStub<T extends object>(stub: T): T {
  return new Proxy(stub, {
    get(target, prop) {
      // A stub answers every name with an RPC method; `then` must stay absent, or awaiting it would call one.
      if (prop === "then" || typeof prop === "symbol") return Reflect.get(target, prop);
      const value = Reflect.get(target, prop);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => hop(countDo, () => Reflect.apply(value, target, args));
    },
  });
}

function meterNamespace<N extends object>(namespace: N): N {
  return new Proxy(namespace, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      if (prop === "get" || prop === "getByName") {
        return (...args: unknown[]) => meterStub(Reflect.apply(value, target, args) as object);
      }
      return value.bind(target);
    },
  });
}
