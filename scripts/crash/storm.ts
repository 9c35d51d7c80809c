// The storm: creates from several accounts, and as each create is answered, a crowd of reveals racing for
// its views (more reveals than views, all with the right proof), some with the owner's burn among them.
// After a given share of the planned requests has gone out, the app is killed under it.
import { envelopeUpload, sealSecret } from "../../protocol/envelope";
import type { Owner } from "../bench/account";
import { sleep } from "../bench/app";
import { revealRequest, Traffic } from "./traffic";

/** What the client side knows of one secret whose create was acknowledged (answered 201). */
export interface TrackedSecret {
  id: string;
  owner: Owner;
  proof: string;
  maxViews: number;
  /** The address of each reveal answered 200: every reveal comes from its own, so the audit log names it. */
  wonBy: string[];
  /** The owner's burn was answered 204. */
  burned: boolean;
}

export interface StormResult {
  traffic: Traffic;
  planned: number;
  killAt: number;
  /** False when the storm ran out before reaching the kill point (the kill then came after it). */
  killedMidStorm: boolean;
  /** Requests sent and not answered at the moment of the SIGKILL. */
  inFlightAtKill: number;
  secrets: TrackedSecret[];
}

interface PlannedSecret {
  body: string;
  proof: string;
  maxViews: number;
  raceWidth: number;
  burn: boolean;
}

const VIEWS = [1, 2, 3, 5];
const CREATES_AT_ONCE = 4;

export async function runStorm(
  origin: string,
  owners: Owner[],
  round: number,
  size: number,
  killFraction: number,
  kill: () => Promise<void>,
): Promise<StormResult> {
  const plan = await planSecrets(round, size);
  const planned = plan.reduce((sum, secret) => sum + 1 + secret.raceWidth + (secret.burn ? 1 : 0), 0);
  const killAt = Math.max(1, Math.round(planned * killFraction));
  const traffic = new Traffic();
  const secrets: TrackedSecret[] = [];
  let sent = 0;
  let killing: Promise<void> | undefined;
  let inFlightAtKill = 0;
  /** Whether one more request may go out; the one that reaches the kill point goes, and the kill follows it. */
  const mayGo = (): boolean => {
    if (killing) return false;
    sent += 1;
    if (sent >= killAt) {
      killing = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        inFlightAtKill = traffic.inFlight;
        return kill();
      });
    }
    return true;
  };

  const races: Promise<void>[] = [];
  let next = 0;
  const createWorker = async () => {
    for (let i = next++; i < plan.length; i = next++) {
      const owner = owners[i % owners.length];
      const secret = plan[i];
      if (!owner || !secret || !mayGo()) return;
      const created = await traffic.send("create", `${origin}/api/secrets`, {
        method: "POST",
        headers: owner.headers,
        body: secret.body,
      });
      if (created.status !== 201 || !("body" in created)) continue;
      const { id } = (JSON.parse(created.body) as { secret: { id: string } }).secret;
      const tracked: TrackedSecret = {
        id,
        owner,
        proof: secret.proof,
        maxViews: secret.maxViews,
        wonBy: [],
        burned: false,
      };
      secrets.push(tracked);
      races.push(race(origin, traffic, tracked, secret, mayGo));
    }
  };
  await Promise.all(Array.from({ length: CREATES_AT_ONCE }, createWorker));
  await Promise.all(races);
  const killedMidStorm = killing !== undefined;
  if (!killing) {
    inFlightAtKill = traffic.inFlight;
    killing = kill();
  }
  await killing;
  return { traffic, planned, killAt, killedMidStorm, inFlightAtKill, secrets };
}

async function race(
  origin: string,
  traffic: Traffic,
  secret: TrackedSecret,
  planned: PlannedSecret,
  mayGo: () => boolean,
): Promise<void> {
  const attempts: Promise<void>[] = [];
  // A burn needs D1 before its vault and loses a plain race to every reveal; it goes first, and the
  // reveals of that secret follow 15 ms apart, so some land before it and some after.
  if (planned.burn && mayGo()) attempts.push(burn(origin, traffic, secret));
  for (let i = 0; i < planned.raceWidth; i++) {
    if (planned.burn) await sleep(15);
    if (!mayGo()) break;
    const { ip, init } = revealRequest(secret.proof);
    attempts.push(
      traffic.send("reveal", `${origin}/api/secrets/${secret.id}/reveal`, init).then((outcome) => {
        if (outcome.status === 200) secret.wonBy.push(ip);
      }),
    );
  }
  await Promise.all(attempts);
}

async function burn(origin: string, traffic: Traffic, secret: TrackedSecret): Promise<void> {
  const outcome = await traffic.send("burn", `${origin}/api/secrets/${secret.id}`, {
    method: "DELETE",
    headers: secret.owner.headers,
  });
  if (outcome.status === 204) secret.burned = true;
}

/** Sealed ahead, so the storm spends its time on requests: views 1, 2, 3 or 5, every sixth burned, some notifying. */
async function planSecrets(round: number, size: number): Promise<PlannedSecret[]> {
  const plan: PlannedSecret[] = [];
  for (let i = 0; i < size; i++) {
    const maxViews = VIEWS[i % VIEWS.length] ?? 1;
    const sealed = await sealSecret({ text: `crash round ${round} secret ${i}` });
    const body = JSON.stringify({
      ...envelopeUpload(sealed),
      name: `crash r${round} #${i}`,
      expiresIn: 3600,
      maxViews,
      notifyOnView: i % 5 === 1,
    });
    plan.push({ body, proof: sealed.proof, maxViews, raceWidth: maxViews + 2, burn: i % 6 === 5 });
  }
  return plan;
}
