// PROTOCOL 2.1's decision table, row by row, and the attacks it stops: someone who holds only a secret's id
// can neither read it, nor burn it, nor use up the attempts its recipient needs.
import { describe, expect, it } from "vitest";
import type { AuditEvent } from "../../../protocol/api";
import { deriveKeyProof, newLinkKey, sealSecret } from "../../../protocol/envelope";
import { api, createSecret, errorOf, eventually, postJson, reveal, signUp, wrongProof } from "../../test/client";

const PASSPHRASE = "the passphrase sent another way";

async function failuresOf(owner: { cookie: string }, id: string, count: number): Promise<AuditEvent[]> {
  return eventually(
    async () => {
      const res = await api("/api/audit?action=reveal_failed&limit=200", owner);
      return (await res.json<{ items: AuditEvent[] }>()).items.filter((e) => e.resourceId === id);
    },
    (events) => events.length >= count,
  );
}

describe("PROTOCOL 2.1: the key proof", () => {
  it("no passphrase: wrong proofs answer invalid_link and are not counted, so the id alone cannot burn it", async () => {
    const owner = await signUp();
    const { secret, proof } = await createSecret(owner);
    // The attack: more random proofs than the five that used to burn the secret.
    for (let i = 0; i < 8; i++) {
      const res = await reveal(secret.id, await wrongProof());
      expect(res.status).toBe(403);
      expect(await errorOf(res)).toEqual({
        code: "invalid_link",
        message: "This link is incomplete",
        attemptsRemaining: 5,
      });
    }
    expect((await reveal(secret.id, proof)).status).toBe(200);
  });

  it("passphrase and keyVerifier: a missing or wrong keyProof answers invalid_link and is not counted", async () => {
    const owner = await signUp();
    const { secret, proof, keyProof } = await createSecret(owner, { passphrase: PASSPHRASE });
    const strangers = [
      () => reveal(secret.id, proof), // no keyProof at all (even with the right proof)
      async () => reveal(secret.id, await wrongProof(), { keyProof: await deriveKeyProof(newLinkKey()) }),
      async () => reveal(secret.id, await wrongProof()),
    ];
    for (let round = 0; round < 3; round++) {
      for (const attempt of strangers) {
        const res = await attempt();
        expect(res.status).toBe(403);
        expect(await errorOf(res)).toMatchObject({ code: "invalid_link", attemptsRemaining: 5 });
      }
    }
    expect((await reveal(secret.id, proof, { keyProof })).status).toBe(200);
  });

  it("passphrase and keyVerifier: the right keyProof with a wrong passphrase counts toward the five", async () => {
    const owner = await signUp();
    const { secret, proof, keyProof } = await createSecret(owner, { passphrase: PASSPHRASE });
    const wrong = await reveal(secret.id, await wrongProof(), { keyProof });
    expect(await errorOf(wrong)).toEqual({
      code: "incorrect_passphrase",
      message: "Incorrect passphrase",
      attemptsRemaining: 4,
    });
    expect((await reveal(secret.id, proof, { keyProof })).status).toBe(200);
  });

  it("passphrase without keyVerifier (an older client): a wrong proof counts as a wrong passphrase", async () => {
    const owner = await signUp();
    const kdf = { salt: "oKGio6SlpqeoqaqrrK2urw", iterations: 100_000 };
    const sealed = await sealSecret({ text: "from an old client", passphrase: PASSPHRASE, kdf });
    const created = await postJson(
      "/api/secrets",
      { ciphertext: sealed.ciphertext, verifier: sealed.verifier, kdf },
      owner,
    );
    expect(created.status).toBe(201);
    const { secret } = await created.json<{ secret: { id: string } }>();
    const wrong = await reveal(secret.id, await wrongProof());
    expect(await errorOf(wrong)).toMatchObject({ code: "incorrect_passphrase", attemptsRemaining: 4 });
    expect((await reveal(secret.id, sealed.proof)).status).toBe(200);
  });

  it("plaintext mode stores a keyVerifier for a passphrase, as the browser does", async () => {
    const owner = await signUp();
    const res = await postJson("/api/secrets", { text: "made by curl", passphrase: PASSPHRASE }, owner);
    const { secret, link } = await res.json<{ secret: { id: string }; link: string }>();
    const stranger = await reveal(secret.id, await wrongProof());
    expect(await errorOf(stranger)).toMatchObject({ code: "invalid_link", attemptsRemaining: 5 });
    const keyProof = await deriveKeyProof(link.split("#")[1] ?? "");
    expect(await errorOf(await reveal(secret.id, await wrongProof(), { keyProof }))).toMatchObject({
      code: "incorrect_passphrase",
      attemptsRemaining: 4,
    });
  });

  it("records every failed reveal for the owner, with its reason", async () => {
    const owner = await signUp();
    const { secret, keyProof } = await createSecret(owner, { passphrase: PASSPHRASE, name: "probed" });
    await reveal(secret.id, await wrongProof());
    await reveal(secret.id, await wrongProof(), { keyProof });
    const reasons = (await failuresOf(owner, secret.id, 2)).map((e) => e.details.reason).sort();
    expect(reasons).toEqual(["incorrect_passphrase", "invalid_link"]);
  });
});

describe("failed reveals by a holder of the full link", () => {
  it("records login_required for an anonymous visitor with the right proof, but not for a wrong key", async () => {
    const owner = await signUp();
    const { secret, proof } = await createSecret(owner, { requireLogin: true });
    const anonymous = await reveal(secret.id, proof, { ip: "203.0.113.140" });
    expect((await errorOf(anonymous)).code).toBe("login_required");
    const [event] = await failuresOf(owner, secret.id, 1);
    expect(event).toMatchObject({
      result: "failure",
      actor: null,
      ip: "203.0.113.140",
      details: { reason: "login_required" },
    });
    // Without the key the caller is told only that the link is wrong, and it counts as a probe.
    expect((await errorOf(await reveal(secret.id, await wrongProof()))).code).toBe("invalid_link");
  });

  it("records not_recipient with the signed-in stranger as the actor", async () => {
    const owner = await signUp();
    const stranger = await signUp();
    const { secret, proof } = await createSecret(owner, { requireLogin: true, recipientEmail: "someone@example.com" });
    const res = await reveal(secret.id, proof, stranger);
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe("not_recipient");
    const [event] = await failuresOf(owner, secret.id, 1);
    expect(event).toMatchObject({ actor: { email: stranger.user.email }, details: { reason: "not_recipient" } });
  });
});
