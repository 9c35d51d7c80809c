// audit_event_readers (migration 0011): who may read each event, written with it, gone with it.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditEvent, Invitation } from "../../../protocol/api";
import { auditLedger } from "../../audit/audit-ledger";
import {
  api,
  type Caller,
  createSecret,
  eventually,
  postJson,
  reveal,
  STRONG_PASSWORD,
  signUp,
  wrongProof,
} from "../../test/client";

let admin: Caller;
beforeAll(async () => {
  admin = await signUp(); // the first account of this file's storage
});

async function readersOf(eventFilter: string, ...params: unknown[]): Promise<string[]> {
  const { results } = await env.DB.prepare(
    `SELECT r.account_id FROM audit_event_readers r JOIN audit_events e ON e.seq = r.seq WHERE ${eventFilter} ORDER BY r.account_id`,
  )
    .bind(...params)
    .all<{ account_id: string }>();
  return results.map((row) => row.account_id);
}

describe("audit_event_readers", () => {
  it("holds the owner and, when another account acted, the actor; anonymous actors read nothing", async () => {
    const owner = await signUp();
    const stranger = await signUp();
    const { secret } = await createSecret(owner);
    await reveal(secret.id, await wrongProof(), stranger); // owner's secret, stranger's action
    await reveal(secret.id, await wrongProof()); // anonymous
    expect(await readersOf("e.resource_id = ? AND e.action = 'create'", secret.id)).toEqual([owner.user.id]);
    // The vault delivers its events from its outbox, just after answering.
    const failed = await eventually(
      () => readersOf("e.resource_id = ? AND e.action = 'reveal_failed'", secret.id),
      (rows) => rows.length >= 3,
    );
    expect(failed.sort()).toEqual([owner.user.id, owner.user.id, stranger.user.id].sort());
    // Each reads it in their own log, through the readers' indexes.
    const ownPage = await api("/api/audit?action=reveal_failed&result=failure", owner);
    const own = (await ownPage.json<{ items: AuditEvent[] }>()).items.filter((e) => e.resourceId === secret.id);
    expect(own).toHaveLength(2);
    const theirPage = await api("/api/audit?resourceType=secret", stranger);
    const theirs = (await theirPage.json<{ items: AuditEvent[] }>()).items.filter((e) => e.resourceId === secret.id);
    expect(theirs.map((e) => e.action)).toEqual(["reveal_failed"]);
  });

  it("records completing an invitation, for the invitee and the admins", async () => {
    const invited = await postJson("/api/users", { email: `invitee-${crypto.randomUUID()}@example.com` }, admin);
    const { user, setupToken } = await invited.json<Invitation>();
    const setup = await postJson("/api/auth/setup", { token: setupToken, password: STRONG_PASSWORD });
    expect(setup.status).toBe(200);
    const cookie = (setup.headers.get("Set-Cookie") ?? "").split(";")[0] ?? "";
    const [accepted] = (
      await (await api("/api/audit?action=invite_accept", { cookie })).json<{ items: AuditEvent[] }>()
    ).items;
    expect(accepted).toMatchObject({
      resourceId: user.id,
      actor: { id: user.id, email: user.email },
      result: "success",
    });
    const all = await api("/api/audit?scope=all&action=invite_accept", admin);
    expect((await all.json<{ items: AuditEvent[] }>()).items.map((e) => e.resourceId)).toContain(user.id);
  });

  it("loses the rows of purged events with them, in the same batch", async () => {
    const owner = await signUp();
    const old = Date.now() - 400 * 86_400_000; // past the default 365 days of retention
    for (let i = 0; i < 3; i++) {
      await env.DB.prepare(
        `INSERT INTO audit_events (id, at, action, result, resource_type, owner_id, actor_id, details)
         VALUES (?1, ?2, 'create', 'success', 'secret', ?3, ?3, '{}')`,
      )
        .bind(`old-${i}-${crypto.randomUUID()}`, old + i, owner.user.id)
        .run();
    }
    const before = await readersOf("e.owner_id = ? AND e.at < ?", owner.user.id, Date.now() - 86_400_000);
    expect(before).toHaveLength(3);
    // A cutoff after every event: the whole sealed log goes (the ledger seals what is pending first).
    expect(await auditLedger(env).purgeBefore(Date.now() + 86_400_000)).toBeGreaterThan(3);
    const left = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_event_readers WHERE seq NOT IN (SELECT seq FROM audit_events)",
    ).first<{ n: number }>();
    expect(left?.n).toBe(0);
    expect(await readersOf("e.owner_id = ?", owner.user.id)).toEqual([]);
  });
});
