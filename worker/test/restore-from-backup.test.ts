// What README "Backups and restore" claims for a deployment whose D1 was restored (Time Travel or an
// export) while its Durable Objects were not: a lost or newer vault only ends secrets early, never opens
// one again; D1 alone holds nothing that opens a secret; the audit chain reports the restore point.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditChainReport, SecretPage } from "../../protocol/api";
import { expireOverdue } from "../cron/expire-secrets";
import { vaultFor } from "../vault/vault-for";
import { api, type Caller, createSecret, eventually, postJson, reveal, STRONG_PASSWORD, signUp } from "./client";

let owner: Caller & { email: string };
beforeAll(async () => {
  const account = await signUp(); // the first account of this file's storage: the admin
  owner = { cookie: account.cookie, email: account.user.email };
});

async function dashboardStatus(id: string): Promise<string | undefined> {
  const page = await (await api("/api/secrets?status=all&limit=100", owner)).json<SecretPage>();
  return page.items.find((s) => s.id === id)?.status;
}

describe("after a D1 restore without the vaults", () => {
  it("a secret whose vault was lost cannot be opened, and D1 holds none of its material", async () => {
    const { secret, proof, linkKey } = await createSecret(owner, { name: "lost vault" });
    await runInDurableObject(vaultFor(env, secret.id), (_, state) => state.storage.deleteAll());
    expect((await api(`/api/secrets/${secret.id}`)).status).toBe(404);
    expect((await reveal(secret.id, proof)).status).toBe(404);
    const row = await env.DB.prepare("SELECT * FROM secrets WHERE id = ?").bind(secret.id).first();
    const stored = JSON.stringify(row);
    expect(Object.keys(row ?? {})).not.toContain("ciphertext");
    expect(stored).not.toContain(proof);
    expect(stored).not.toContain(linkKey);
    // The dashboard shows the row's status until its expiry; the cron then ends it in D1 and the audit log.
    expect(await dashboardStatus(secret.id)).toBe("active");
    await expireOverdue(env, new Date(Date.parse(secret.expiresAt) + 1000));
    const ended = await env.DB.prepare("SELECT status FROM secrets WHERE id = ?")
      .bind(secret.id)
      .first<{ status: string }>();
    expect(ended?.status).toBe("expired");
    const event = await env.DB.prepare("SELECT details FROM audit_events WHERE resource_id = ? AND action = 'expire'")
      .bind(secret.id)
      .first<{ details: string }>();
    expect(JSON.parse(event?.details ?? "null")).toEqual({ by: "cron" });
  });

  it("its owner can burn a secret whose vault was lost: D1 and the audit log record it", async () => {
    const { secret } = await createSecret(owner, { name: "lost, then burned" });
    await runInDurableObject(vaultFor(env, secret.id), (_, state) => state.storage.deleteAll());
    expect((await api(`/api/secrets/${secret.id}`, { method: "DELETE", ...owner })).status).toBe(204);
    expect(await dashboardStatus(secret.id)).toBe("burned");
    const event = await env.DB.prepare("SELECT details FROM audit_events WHERE resource_id = ? AND action = 'burn'")
      .bind(secret.id)
      .first<{ details: string }>();
    expect(JSON.parse(event?.details ?? "null")).toEqual({ reason: "owner", vault: "missing" });
    // Burning it again, or any ended secret, is still a plain 404.
    expect((await api(`/api/secrets/${secret.id}`, { method: "DELETE", ...owner })).status).toBe(404);
  });

  it("a secret viewed after the restore point stays ended, though D1 says active again", async () => {
    const { secret, proof } = await createSecret(owner, { name: "viewed after backup" });
    expect((await reveal(secret.id, proof)).status).toBe(200);
    await eventually(
      () => dashboardStatus(secret.id),
      (status) => status === "viewed",
    );
    // D1 as it was at the restore point: before the view. The vault, not D1, decides.
    await env.DB.prepare(
      "UPDATE secrets SET status = 'active', views = 0, viewed_at = NULL, ended_at = NULL WHERE id = ?",
    )
      .bind(secret.id)
      .run();
    expect((await api(`/api/secrets/${secret.id}`)).status).toBe(404);
    expect((await reveal(secret.id, proof)).status).toBe(404);
  });

  it("the audit chain reports the events lost since the restore point", async () => {
    await postJson("/api/auth/login", { email: owner.email, password: STRONG_PASSWORD });
    const before = await (await api("/api/audit/verify", owner)).json<AuditChainReport>();
    expect(before.intact).toBe(true);
    // D1 as it was a few events ago (AUTOINCREMENT's counter included); the ledger kept its newer head.
    const { n } = (await env.DB.prepare("SELECT max(seq) AS n FROM audit_events").first<{ n: number }>()) ?? { n: 0 };
    await env.DB.batch([
      env.DB.prepare("DELETE FROM audit_events WHERE seq > ?").bind(n - 3),
      env.DB.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_events'").bind(n - 3),
    ]);
    const after = await (await api("/api/audit/verify", owner)).json<AuditChainReport>();
    expect(after.intact).toBe(false);
    expect(after.firstBroken?.reason).toBe("the newest events are missing");
    // New events after the restore do not hide the gap.
    await postJson("/api/auth/login", { email: owner.email, password: STRONG_PASSWORD });
    const later = await (await api("/api/audit/verify", owner)).json<AuditChainReport>();
    expect(later.intact).toBe(false);
  });
});
