// Standard Webhooks signing against the spec's own test vector, and a delivery's headers verified by the
// `standardwebhooks` package exactly as a receiver would verify them.
import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { openSigningSecret, sealSigningSecret } from "../signing-secret-seal";
import { newSigningSecret, signedHeaders, signWebhook } from "../standard-webhooks-signature";

// From standard-webhooks/standard-webhooks, libraries/javascript/src/webhook.test.ts ("sign function works").
const VECTOR = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};

describe("Standard Webhooks signatures", () => {
  it("match the spec's test vector, with and without the whsec_ prefix", async () => {
    expect(await signWebhook(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
    expect(await signWebhook(VECTOR.secret.slice(6), VECTOR.id, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
    expect(new Webhook(VECTOR.secret).sign(VECTOR.id, new Date(VECTOR.timestamp * 1000), VECTOR.body)).toBe(
      VECTOR.signature,
    );
  });

  it("change with any byte of the id, the timestamp or the body", async () => {
    const signatures = await Promise.all([
      signWebhook(VECTOR.secret, `${VECTOR.id}x`, VECTOR.timestamp, VECTOR.body),
      signWebhook(VECTOR.secret, VECTOR.id, VECTOR.timestamp + 1, VECTOR.body),
      signWebhook(VECTOR.secret, VECTOR.id, VECTOR.timestamp, `${VECTOR.body} `),
    ]);
    for (const signature of signatures) expect(signature).not.toBe(VECTOR.signature);
  });

  it("verify with the standardwebhooks package as a receiver would, and fail with another secret", async () => {
    const secret = newSigningSecret();
    const body = JSON.stringify({ type: "secret.viewed", timestamp: new Date().toISOString(), data: {} });
    const headers = Object.fromEntries(await signedHeaders(secret, "msg_abc", body, Date.now()));
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newSigningSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
  });

  it("makes secrets of 32 random bytes in the whsec_ form", () => {
    const secret = newSigningSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(atob(secret.slice(6))).toHaveLength(32);
    expect(newSigningSecret()).not.toBe(secret);
  });
});

describe("the signing secret at rest", () => {
  it("is sealed, opens only for its own endpoint, and not without the key", async () => {
    const secret = newSigningSecret();
    const sealed = await sealSigningSecret(env, "endpoint-a", secret);
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(await openSigningSecret(env, "endpoint-a", sealed)).toBe(secret);
    await expect(openSigningSecret(env, "endpoint-b", sealed)).rejects.toThrow();
    const otherKey = { ...env, WEBHOOK_SECRET_KEY: "another-key-another-key-another-key-1234" };
    await expect(openSigningSecret(otherKey, "endpoint-a", sealed)).rejects.toThrow();
  });

  it("refuses to seal outside loopback without WEBHOOK_SECRET_KEY", async () => {
    await expect(sealSigningSecret({ ...env, WEBHOOK_SECRET_KEY: "" }, "e", newSigningSecret())).rejects.toThrow(
      /WEBHOOK_SECRET_KEY/,
    );
  });
});
