// The events that no request of the owner's causes, delivered like the rest: a wrong key presented to a
// secret (secret.reveal_failed, with its reason) and an expiry by the vault's own alarm
// (secret.expired). Real trigger, ledger, WebhookSender and local receiver, as in webhook-delivery.test.ts.
import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { createSecret, eventually, reveal, signUpVerified } from "../../test/client";
import { pastExpiry } from "../../test/vault-clock";
import { vaultFor } from "../../vault/vault-for";
import { receivedBy, receiverUrl } from "./receiver";
import { addWebhook } from "./webhook-client";

type Delivered = { type: string; data: Record<string, unknown> };

async function deliveredOf(name: string, secret: string, type: string): Promise<Delivered> {
  const arrived = await eventually(
    () => receivedBy(name),
    (list) => list.some((r) => r.body.includes(`"${type}"`)),
  );
  const found = arrived.find((r) => r.body.includes(`"${type}"`));
  if (!found) throw new Error(`no ${type} delivery arrived`);
  return new Webhook(secret).verify(found.body, found.headers) as Delivered;
}

describe("webhook deliveries of a secret's failures and end", () => {
  it("sends secret.reveal_failed for a wrong key, with its reason and no proof or address", async () => {
    const owner = await signUpVerified();
    const name = crypto.randomUUID();
    const hook = await addWebhook(owner.cookie, receiverUrl("ok", name), ["secret.reveal_failed"]);
    const created = await createSecret(owner, { name: "vpn key" });
    const wrongProof = created.proof.startsWith("A") ? `B${created.proof.slice(1)}` : `A${created.proof.slice(1)}`;
    expect((await reveal(created.secret.id, wrongProof, { ip: "198.51.100.5" })).status).toBe(403);

    const payload = await deliveredOf(name, hook.secret, "secret.reveal_failed");
    expect(payload.data).toMatchObject({
      resourceId: created.secret.id,
      resourceName: "vpn key",
      reason: "invalid_link",
    });
    const body = JSON.stringify(payload);
    for (const part of [wrongProof, created.proof, created.linkKey, "198.51.100.5"]) expect(body).not.toContain(part);
  });

  it("sends secret.expired when the vault's alarm ends a secret nobody opened", async () => {
    const owner = await signUpVerified();
    const name = crypto.randomUUID();
    const hook = await addWebhook(owner.cookie, receiverUrl("ok", name), ["secret.expired"]);
    const created = await createSecret(owner, { name: "short-lived" });
    const vault = vaultFor(env, created.secret.id);
    await pastExpiry(created.secret.id);
    await runDurableObjectAlarm(vault);

    const payload = await deliveredOf(name, hook.secret, "secret.expired");
    expect(payload.data).toMatchObject({ resourceId: created.secret.id, resourceName: "short-lived" });
    expect(payload.data.actor).toBeUndefined(); // nobody did it: the alarm did
  });
});
