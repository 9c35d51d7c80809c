// Every request the crash test sends goes through here, so each phase can say afterwards what it sent,
// what was answered with what, and what never got an answer because the server died under it.
import { distinctClientIp } from "../bench/account";

export type OpKind = "create" | "reveal" | "burn" | "read";

/** An HTTP status, or why there was none: the connection was refused (server down) or cut mid-request. */
export type Outcome = { status: number; body: string } | { status: "refused" | "cut" };

export class Traffic {
  private readonly tally = new Map<OpKind, Map<string, number>>();
  /** Requests sent and not yet answered (or failed). */
  inFlight = 0;

  async send(kind: OpKind, url: string, init: RequestInit): Promise<Outcome> {
    this.inFlight += 1;
    let outcome: Outcome;
    try {
      const res = await fetch(url, init);
      outcome = { status: res.status, body: await res.text() };
    } catch (error) {
      outcome = { status: refused(error) ? "refused" : "cut" };
    }
    this.inFlight -= 1;
    const counts = this.tally.get(kind) ?? new Map<string, number>();
    counts.set(String(outcome.status), (counts.get(String(outcome.status)) ?? 0) + 1);
    this.tally.set(kind, counts);
    return outcome;
  }

  sent(kind?: OpKind): number {
    let total = 0;
    for (const [k, counts] of this.tally) if (!kind || k === kind) for (const n of counts.values()) total += n;
    return total + (kind ? 0 : this.inFlight);
  }

  /** Answers matching `status` ("2xx", "5xx", "cut", "refused", or an exact code), over all kinds or one. */
  count(match: (status: string) => boolean, kind?: OpKind): number {
    let total = 0;
    for (const [k, counts] of this.tally) {
      if (kind && k !== kind) continue;
      for (const [status, n] of counts) if (match(status)) total += n;
    }
    return total;
  }

  /** "create 201×9 cut×2; reveal 200×12 404×3 refused×4": one line per phase. */
  describe(): string {
    const kinds = [...this.tally].map(([kind, counts]) => {
      const parts = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([status, n]) => `${status}×${n}`);
      return `${kind} ${parts.join(" ")}`;
    });
    return kinds.join("; ") || "nothing";
  }
}

export const is2xx = (status: string) => /^2\d\d$/.test(status);
export const is5xx = (status: string) => /^5\d\d$/.test(status);
export const noAnswer = (status: string) => status === "cut" || status === "refused";

function refused(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code === "ECONNREFUSED";
}

/** A reveal from an address of its own: per-address limits stay out of the way, and the audit log's IP names it. */
export function revealRequest(proof: string): { ip: string; init: RequestInit } {
  const ip = distinctClientIp();
  return {
    ip,
    init: {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": ip },
      body: JSON.stringify({ proof }),
    },
  };
}
