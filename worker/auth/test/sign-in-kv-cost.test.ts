// docs/capacity.md, "Cost of one operation": what one password sign-in asks of KV (the failed sign-in counter
// per email and address, worker/auth/login-throttle.ts) and of the rate limiters.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { postJson, STRONG_PASSWORD, signUp, uniqueEmail } from "../../test/client";

type KvMethod = (...args: unknown[]) => unknown;

/** The real namespace, each call passed through to it and its method's name noted in order. */
function countedKv(): { kv: KVNamespace; calls: string[] } {
  const calls: string[] = [];
  const kv = new Proxy(env.KV, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.push(String(property));
        return (value as KvMethod).apply(target, args);
      };
    },
  });
  return { kv, calls };
}

async function signInCalls(password: string): Promise<{ status: number; calls: string[] }> {
  const email = uniqueEmail("kv-cost");
  await signUp(email);
  const { kv, calls } = countedKv();
  const res = await postJson("/api/auth/login", { email, password }, { vars: { KV: kv } });
  return { status: res.status, calls };
}

describe("a password sign-in's KV calls", () => {
  it("are one read and one delete when it succeeds", async () => {
    expect(await signInCalls(STRONG_PASSWORD)).toEqual({ status: 200, calls: ["get", "delete"] });
  });

  it("are two reads and one write when the password is wrong", async () => {
    expect(await signInCalls(`${STRONG_PASSWORD} wrong`)).toEqual({ status: 401, calls: ["get", "get", "put"] });
  });
});

describe("a password sign-in's rate limiter calls", () => {
  const LIMITERS = ["LOGIN_IP_LIMITER", "LOGIN_PAIR_LIMITER", "REFUSAL_AUDIT_LIMITER"] as const;

  async function limiterCalls(password: string): Promise<{ status: number; calls: string[] }> {
    const email = uniqueEmail("limiter-cost");
    await signUp(email);
    const calls: string[] = [];
    const vars: Partial<Env> = {};
    for (const name of LIMITERS) {
      const real = env[name];
      vars[name] = {
        limit: (options) => {
          calls.push(name);
          return real.limit(options);
        },
      };
    }
    const res = await postJson("/api/auth/login", { email, password }, { vars });
    return { status: res.status, calls };
  }

  it("are two when it succeeds: per address, per (email, address)", async () => {
    expect(await limiterCalls(STRONG_PASSWORD)).toEqual({
      status: 200,
      calls: ["LOGIN_IP_LIMITER", "LOGIN_PAIR_LIMITER"],
    });
  });

  it("are three when the password is wrong: the refusal's record has a limiter of its own", async () => {
    expect(await limiterCalls(`${STRONG_PASSWORD} wrong`)).toEqual({ status: 401, calls: [...LIMITERS] });
  });
});
