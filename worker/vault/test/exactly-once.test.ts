import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { api, type Caller, createSecret, errorOf, eventually, reveal, signUp, wrongProof } from "../../test/client";
import { pastExpiry } from "../../test/vault-clock";
import { vaultFor } from "../vault-for";

let owner: Caller;
beforeAll(async () => {
  owner = await signUp();
});

async function storedKeys(id: string): Promise<string[]> {
  return runInDurableObject(vaultFor(env, id), (_, state) => [...state.storage.kv.list()].map(([key]) => key));
}

async function d1Row(id: string) {
  return env.DB.prepare("SELECT status, views, viewed_at FROM secrets WHERE id = ?").bind(id).first<{
    status: string;
    views: number;
    viewed_at: number | null;
  }>();
}

describe("SecretVault", () => {
  it("reveals exactly once when 100 requests race", async () => {
    const { secret, proof } = await createSecret(owner);
    const answers = await Promise.all(Array.from({ length: 100 }, () => reveal(secret.id, proof)));
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 404)).toHaveLength(99);
  });

  it("reveals exactly maxViews times when 40 requests race for 3 views", async () => {
    const { secret, proof } = await createSecret(owner, { maxViews: 3 });
    const answers = await Promise.all(Array.from({ length: 40 }, () => reveal(secret.id, proof)));
    const winners = answers.filter((res) => res.status === 200);
    expect(winners).toHaveLength(3);
    const remaining = await Promise.all(
      winners.map(async (res) => (await res.json<{ remainingViews: number }>()).remainingViews),
    );
    expect(remaining.sort()).toEqual([0, 1, 2]);
    expect(
      (
        await eventually(
          () => d1Row(secret.id),
          (row) => row?.status === "viewed",
        )
      )?.views,
    ).toBe(3);
  });

  it("counts a wrong proof without consuming the secret", async () => {
    const { secret, proof, keyProof } = await createSecret(owner, { passphrase: "the right passphrase" });
    const wrong = await reveal(secret.id, await wrongProof(), { keyProof });
    expect(wrong.status).toBe(403);
    expect(await errorOf(wrong)).toEqual({
      code: "incorrect_passphrase",
      message: "Incorrect passphrase",
      attemptsRemaining: 4,
    });
    const right = await reveal(secret.id, proof, { keyProof });
    expect(right.status).toBe(200);
  });

  it("burns the secret after five wrong passphrases from the key's holder", async () => {
    const { secret, proof, keyProof } = await createSecret(owner, { passphrase: "guess me if you can" });
    for (let left = 4; left >= 0; left--) {
      const res = await reveal(secret.id, await wrongProof(), { keyProof });
      expect(await errorOf(res)).toMatchObject({ code: "incorrect_passphrase", attemptsRemaining: left });
    }
    expect((await reveal(secret.id, proof, { keyProof })).status).toBe(404);
    expect(
      (
        await eventually(
          () => d1Row(secret.id),
          (row) => row?.status === "burned",
        )
      )?.status,
    ).toBe("burned");
    expect(
      await eventually(
        () => storedKeys(secret.id),
        (keys) => keys.length === 0,
      ),
    ).toEqual([]);
  });

  it("deletes the ciphertext in the same step as the last view, then everything once D1 has it", async () => {
    const { secret, proof } = await createSecret(owner);
    expect(await storedKeys(secret.id)).toContain("ciphertext");
    expect((await reveal(secret.id, proof)).status).toBe(200);
    expect(await storedKeys(secret.id)).not.toContain("ciphertext");
    const row = await eventually(
      () => d1Row(secret.id),
      (r) => r?.status === "viewed",
    );
    expect(row).toMatchObject({ status: "viewed", views: 1 });
    expect(row?.viewed_at).toBeGreaterThan(0);
    expect(
      await eventually(
        () => storedKeys(secret.id),
        (keys) => keys.length === 0,
      ),
    ).toEqual([]);
    expect((await reveal(secret.id, proof)).status).toBe(404);
  });

  it("enforces expiry on read when no alarm has run", async () => {
    const { secret, proof } = await createSecret(owner);
    await pastExpiry(secret.id, { ago: 1000, loseAlarm: true });
    const peek = await fetchPeek(secret.id);
    expect(peek.status).toBe(410);
    expect(await errorOf(peek)).toEqual({ code: "expired", message: "This secret has expired" });
    expect(await storedKeys(secret.id)).not.toContain("ciphertext");
    const res = await reveal(secret.id, proof);
    expect(res.status).toBe(410);
  });

  it("deletes the ciphertext when the expiry alarm fires", async () => {
    const { secret } = await createSecret(owner);
    await pastExpiry(secret.id);
    expect(await runDurableObjectAlarm(vaultFor(env, secret.id))).toBe(true);
    expect(await storedKeys(secret.id)).toEqual([]);
    expect((await d1Row(secret.id))?.status).toBe("expired");
    expect((await fetchPeek(secret.id)).status).toBe(410);
  });
});

function fetchPeek(id: string) {
  return api(`/api/secrets/${id}`);
}
