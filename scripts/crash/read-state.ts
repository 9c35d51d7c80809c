// What the deployment says after a restart, through its own API: the audit log's views, the hash chain's
// verdict and each owner's dashboard listing. Every read goes through `traffic`, so a 5xx counts.
import type { AuditChainReport, AuditPage, Secret, SecretPage } from "../../protocol/api";
import type { Owner } from "../bench/account";
import type { Traffic } from "./traffic";

export interface Reader {
  origin: string;
  admin: Owner;
  traffic: Traffic;
}

async function getJson<T>(reader: Reader, path: string, as: Owner): Promise<T> {
  const outcome = await reader.traffic.send("read", `${reader.origin}${path}`, { headers: as.headers });
  if (outcome.status !== 200 || !("body" in outcome)) throw new Error(`GET ${path} answered ${outcome.status}`);
  return JSON.parse(outcome.body) as T;
}

/** The client address of every `view` event in the whole deployment's log, by secret id. */
export async function viewsInAuditLog(reader: Reader): Promise<Map<string, string[]>> {
  const views = new Map<string, string[]>();
  let cursor: string | null = null;
  do {
    const query = `scope=all&action=view&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page: AuditPage = await getJson<AuditPage>(reader, `/api/audit?${query}`, reader.admin);
    for (const event of page.items) {
      if (!event.resourceId) continue;
      views.set(event.resourceId, [...(views.get(event.resourceId) ?? []), event.ip ?? "(none)"]);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return views;
}

/** The whole chain checked, chunk by chunk: the first broken link if any, and how many events wait to be sealed. */
export async function verifyChain(
  reader: Reader,
): Promise<{ intact: boolean; checked: number; pending: number; problem: string | null }> {
  let checked = 0;
  let from: number | null = null;
  for (;;) {
    const path: string = `/api/audit/verify${from ? `?from=${from}` : ""}`;
    const report: AuditChainReport = await getJson<AuditChainReport>(reader, path, reader.admin);
    checked += report.checked;
    if (!report.intact) {
      const broken = report.firstBroken;
      return {
        intact: false,
        checked,
        pending: report.pending,
        problem: broken && `seq ${broken.seq}: ${broken.reason}`,
      };
    }
    if (report.next === null) return { intact: true, checked, pending: report.pending, problem: null };
    from = report.next;
  }
}

/** Everything on one owner's dashboard, every status, all pages. */
export async function listedSecrets(reader: Reader, owner: Owner): Promise<Map<string, Secret>> {
  const listed = new Map<string, Secret>();
  let cursor: string | null = null;
  do {
    const query = `status=all&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page: SecretPage = await getJson<SecretPage>(reader, `/api/secrets?${query}`, owner);
    for (const secret of page.items) listed.set(secret.id, secret);
    cursor = page.nextCursor;
  } while (cursor);
  return listed;
}
