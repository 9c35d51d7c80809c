// Creates are limited per account (CREATE_LIMITER in wrangler.toml, per minute). The bench measures the
// create path, not the limiter, so it spreads its creates over as many accounts as the limit asks for,
// never using one account more often than the limit allows in a whole run.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Owner, signUp } from "./account";
import { log } from "./log";

export interface AccountPool {
  /** Signs up accounts until the pool can make `creates` more creates. */
  reserve(creates: number): Promise<void>;
  /** The next account with creates left (round robin); past the reservation it reuses, and 429s show. */
  next(): Owner;
}

const SIGN_UPS_AT_ONCE = 4;

export function accountPool(origin: string, prefix: string, quota: number): AccountPool {
  const accounts: { owner: Owner; left: number }[] = [];
  let cursor = 0;
  return {
    async reserve(creates) {
      const capacity = accounts.reduce((sum, account) => sum + account.left, 0);
      let missing = accounts.length === 0 ? 1 : 0;
      if (Number.isFinite(quota)) missing = Math.ceil(Math.max(0, creates - capacity) / quota);
      if (missing > 0) log(`signing up ${missing} accounts for ${creates} creates`);
      for (let done = 0; done < missing; done += SIGN_UPS_AT_ONCE) {
        const batch = Array.from({ length: Math.min(SIGN_UPS_AT_ONCE, missing - done) }, () =>
          signUp(origin, `${prefix}-${accounts.length + done}-${Math.random().toString(36).slice(2)}@example.com`),
        );
        for (const owner of await Promise.all(batch)) accounts.push({ owner, left: quota });
      }
    },
    next() {
      for (let tried = 0; tried < accounts.length; tried++) {
        const account = accounts[cursor++ % accounts.length];
        if (account && account.left > 0) {
          account.left -= 1;
          return account.owner;
        }
      }
      const account = accounts[cursor++ % accounts.length];
      if (!account) throw new Error("no accounts: call reserve() first");
      return account.owner;
    },
  };
}

/** The CREATE_LIMITER's limit in a tree's wrangler.toml, or no limit when the deployment has none. */
export function createsPerAccount(tree: string): number {
  const block = readFileSync(join(tree, "wrangler.toml"), "utf8")
    .split("[[ratelimits]]")
    .find((section) => /name\s*=\s*"CREATE_LIMITER"/.test(section));
  const limit = block?.match(/limit\s*=\s*(\d+)/)?.[1];
  return limit ? Number(limit) : Number.POSITIVE_INFINITY;
}
