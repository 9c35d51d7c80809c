// After the restart: let the vaults' outboxes deliver what the crash left queued (bounded wait), race the
// remaining views of this round's secrets, then check every secret acknowledged so far, in every round.
import type { Secret } from "../../protocol/api";
import type { Owner } from "../bench/account";
import { sleep } from "../bench/app";
import { SETTLE_SECONDS } from "./options";
import { listedSecrets, type Reader, verifyChain, viewsInAuditLog } from "./read-state";
import type { TrackedSecret } from "./storm";
import { is5xx, noAnswer, revealRequest } from "./traffic";

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

const SETTLE_TIMEOUT_MS = SETTLE_SECONDS * 1000;
const SECRETS_AT_ONCE = 8;

/** Polls until every acknowledged view is in the audit log and nothing waits to be sealed; answers the seconds it took. */
export async function settle(reader: Reader, secrets: TrackedSecret[]): Promise<{ seconds: number; left: string }> {
  const started = performance.now();
  let left = "";
  do {
    const views = await viewsInAuditLog(reader);
    const missing = missingViews(secrets, views).length;
    const { pending } = await verifyChain(reader);
    if (missing === 0 && pending === 0) return { seconds: (performance.now() - started) / 1000, left: "" };
    left = `${missing} acknowledged views not in the audit log, ${pending} events not sealed`;
    await sleep(500);
  } while (performance.now() - started < SETTLE_TIMEOUT_MS);
  return { seconds: (performance.now() - started) / 1000, left };
}

/** maxViews + 1 reveals for each of the round's secrets that was not burned: whatever views are left, and one more. */
export async function raceRemainingViews(reader: Reader, secrets: TrackedSecret[]): Promise<void> {
  const open = secrets.filter((secret) => !secret.burned);
  for (let i = 0; i < open.length; i += SECRETS_AT_ONCE) {
    const wave = open.slice(i, i + SECRETS_AT_ONCE).flatMap((secret) =>
      Array.from({ length: secret.maxViews + 1 }, async () => {
        const { ip, init } = revealRequest(secret.proof);
        const outcome = await reader.traffic.send("reveal", revealUrl(reader, secret), init);
        if (outcome.status === 200) secret.wonBy.push(ip);
      }),
    );
    await Promise.all(wave);
  }
}

export async function checkRecovery(reader: Reader, secrets: TrackedSecret[], owners: Owner[]): Promise<Check[]> {
  const views = await viewsInAuditLog(reader);
  const listed = new Map<string, Secret>();
  for (const owner of owners) for (const [id, secret] of await listedSecrets(reader, owner)) listed.set(id, secret);
  const chain = await verifyChain(reader);
  // Every secret has spent its views or been burned by now: one more reveal of each must be refused.
  const leaks: string[] = [];
  for (const secret of secrets) {
    const outcome = await reader.traffic.send("reveal", revealUrl(reader, secret), revealRequest(secret.proof).init);
    if (outcome.status === 200 || ("body" in outcome && outcome.body.includes("ciphertext"))) leaks.push(secret.id);
  }

  const overRead = secrets.filter((secret) => {
    const logged = views.get(secret.id)?.length ?? 0;
    return Math.max(secret.wonBy.length, logged, listed.get(secret.id)?.views ?? 0) > secret.maxViews;
  });
  const lost = secrets.filter((secret) => !listed.has(secret.id));
  const unlogged = missingViews(secrets, views);
  const disagree = secrets.filter((secret) => {
    const row = listed.get(secret.id);
    if (!row) return false; // counted as lost
    const logged = views.get(secret.id)?.length ?? 0;
    if (row.views !== logged) return true;
    if (secret.burned || row.status === "burned") return row.status !== "burned";
    return row.status !== "viewed" || row.views !== secret.maxViews;
  });
  /** Each failing secret with its numbers, so a failure can be read without the state. */
  const described = (list: TrackedSecret[]) =>
    list.map((secret) => {
      const row = listed.get(secret.id);
      const numbers = `max ${secret.maxViews}, answered ${secret.wonBy.length}, logged ${views.get(secret.id)?.length ?? 0}`;
      return `${secret.id} (${numbers}, D1 ${row?.status} ${row?.views}${secret.burned ? ", burn answered" : ""})`;
    });
  const totalViews = secrets.reduce((sum, secret) => sum + secret.wonBy.length, 0);
  const failures = reader.traffic.count(is5xx) + reader.traffic.count(noAnswer);
  return [
    check(
      "no secret opened more often than its maxViews",
      described(overRead),
      `${secrets.length} secrets, ${totalViews} views answered`,
    ),
    check("no acknowledged create lost (dashboard lists each)", lost, `${secrets.length} acknowledged creates`),
    check("every acknowledged view is in the audit log", unlogged, `${totalViews} views`),
    {
      name: "audit chain intact (/api/audit/verify), nothing left unsealed",
      ok: chain.intact && chain.pending === 0,
      detail: chain.intact ? `${chain.checked} events, ${chain.pending} unsealed` : `broken at ${chain.problem}`,
    },
    check(
      "D1 agrees with the vaults (status, views = logged views)",
      described(disagree),
      "every secret ended: viewed or burned",
    ),
    check("no ciphertext for ended secrets (a reveal of each is refused)", leaks, `${secrets.length} ended secrets`),
    {
      name: "no 5xx and no dropped request after restart",
      ok: failures === 0,
      detail: reader.traffic.describe(),
    },
  ];
}

function check(name: string, failing: (TrackedSecret | string)[], detail: string): Check {
  const ids = failing.map((item) => (typeof item === "string" ? item : item.id));
  const shown = ids.slice(0, 5).join("; ") + (ids.length > 5 ? ` and ${ids.length - 5} more` : "");
  return { name, ok: ids.length === 0, detail: ids.length === 0 ? detail : `${ids.length} failing: ${shown}` };
}

/** "id@ip" for each acknowledged view whose address is not among the secret's view events. */
function missingViews(secrets: TrackedSecret[], views: Map<string, string[]>): string[] {
  return secrets.flatMap((secret) => {
    const logged = views.get(secret.id) ?? [];
    return secret.wonBy.filter((ip) => !logged.includes(ip)).map((ip) => `${secret.id}@${ip}`);
  });
}

function revealUrl(reader: Reader, secret: TrackedSecret): string {
  return `${reader.origin}/api/secrets/${secret.id}/reveal`;
}
