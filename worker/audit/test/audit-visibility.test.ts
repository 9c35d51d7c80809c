// The creator's label is theirs: an event shown to anyone but the owner (or an admin) carries no name.
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditEvent } from "../../../protocol/api";
import { api, type Caller, createSecret, eventually, reveal, signUp, wrongProof } from "../../test/client";

const LABEL = "Prod DB password for the Acme migration";
let admin: Caller;
let owner: Caller;
let stranger: Caller;
beforeAll(async () => {
  admin = await signUp(); // the first account of this file's storage
  owner = await signUp();
  stranger = await signUp();
});

async function eventsOf(caller: Caller, id: string, count: number, query = ""): Promise<AuditEvent[]> {
  return eventually(
    async () => {
      const res = await api(`/api/audit?limit=200${query}`, caller);
      return (await res.json<{ items: AuditEvent[] }>()).items.filter((e) => e.resourceId === id);
    },
    (items) => items.length >= count,
  );
}

describe("resource names in the audit log", () => {
  it("are hidden from a stranger whose one wrong proof made them the actor (JSON and CSV)", async () => {
    const { secret } = await createSecret(owner, { name: LABEL });
    await reveal(secret.id, await wrongProof(), stranger);
    const [seen] = await eventsOf(stranger, secret.id, 1);
    expect(seen).toMatchObject({ action: "reveal_failed", resourceId: secret.id, resourceName: null });
    const csv = await (await api("/api/audit/export", stranger)).text();
    expect(csv).toContain(secret.id);
    expect(csv).not.toContain(LABEL);
    // The owner and an admin see the event whole.
    const [own] = await eventsOf(owner, secret.id, 2);
    expect(own?.resourceName).toBe(LABEL);
    const all = await eventsOf(admin, secret.id, 2, "&scope=all");
    expect(all.every((e) => e.resourceName === LABEL)).toBe(true);
    expect(await (await api("/api/audit/export", owner)).text()).toContain(LABEL);
  });

  it("are hidden from a viewer after viewing", async () => {
    const { secret, proof } = await createSecret(owner, { name: LABEL });
    expect((await reveal(secret.id, proof, stranger)).status).toBe(200);
    const [view] = await eventsOf(stranger, secret.id, 1);
    expect(view).toMatchObject({ action: "view", resourceName: null });
  });
});
