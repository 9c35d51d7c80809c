import { describe, expect, it } from "vitest";
import {
  api,
  createSecret,
  postJson,
  reveal,
  STRONG_PASSWORD,
  signUp,
  uniqueEmail,
  wrongProof,
} from "../../test/client";
import { expectRefusedAfter } from "../../test/expect-refused";

describe("rate limits", () => {
  it("cap secrets created per account per minute", async () => {
    const creator = await signUp();
    await expectRefusedAfter(30, [201], () => postJson("/api/secrets", { text: "x", expiresIn: 300 }, creator));
    // Another account is not held up.
    expect((await postJson("/api/secrets", { text: "x", expiresIn: 300 }, await signUp())).status).toBe(201);
  });

  it("never let strangers with the id lock a signed-in recipient out (130 anonymous attempts, then the recipient)", async () => {
    const owner = await signUp();
    const { secret, proof } = await createSecret(owner, { requireLogin: true });
    // The attack: anonymous attempts from many addresses at a login-only secret. Each address is its own
    // key, so none of them is refused, and none of them spends anything the recipient needs.
    for (let i = 0; i < 130; i++) expect((await reveal(secret.id, proof)).status).toBe(401);
    const recipient = await signUp();
    expect((await reveal(secret.id, proof, recipient)).status).toBe(200);
  });

  it("cap reveal attempts per address, across secrets", async () => {
    const owner = await signUp();
    const { secret } = await createSecret(owner);
    const fromOneAddress = async () => reveal(secret.id, await wrongProof(), { ip: "203.0.113.52" });
    await expectRefusedAfter(60, [403], fromOneAddress);
    // Another address is not held up.
    expect((await reveal(secret.id, await wrongProof(), { ip: "203.0.113.53" })).status).toBe(403);
  });

  it("cap sign-in attempts per address", async () => {
    const fromOneAddress = () =>
      api("/api/auth/login", {
        method: "POST",
        body: JSON.stringify({ email: uniqueEmail(), password: STRONG_PASSWORD }),
        headers: { "CF-Connecting-IP": "203.0.113.50" },
      });
    await expectRefusedAfter(20, [401], fromOneAddress);
  });

  it("never lock the owner out: 25 wrong passwords from 25 addresses, then the right one from another", async () => {
    const email = uniqueEmail();
    await signUp(email);
    for (let i = 0; i < 25; i++) {
      const guess = await postJson("/api/auth/login", { email, password: `wrong guess number ${i}` });
      expect(guess.status).toBe(401);
    }
    // Each attempt came from a new address (the client helper's default), and so does the owner's.
    expect((await postJson("/api/auth/login", { email, password: STRONG_PASSWORD })).status).toBe(200);
  });

  it("cap sign-ups per IPv6 /64, however the host rotates its address", async () => {
    let n = 0;
    const fromOneSubnet = () => {
      n += 1;
      return api("/api/auth/signup", {
        method: "POST",
        body: JSON.stringify({ email: uniqueEmail(), password: STRONG_PASSWORD }),
        headers: { "CF-Connecting-IP": `2001:db8:77:1:${n.toString(16)}::${(n * 7).toString(16)}` },
      });
    };
    await expectRefusedAfter(5, [201], fromOneSubnet);
    const neighbour = await api("/api/auth/signup", {
      method: "POST",
      body: JSON.stringify({ email: uniqueEmail(), password: STRONG_PASSWORD }),
      headers: { "CF-Connecting-IP": "2001:db8:77:2::1" },
    });
    expect(neighbour.status).toBe(201);
  });

  it("cap sign-ups per address", async () => {
    const signup = () =>
      api("/api/auth/signup", {
        method: "POST",
        body: JSON.stringify({ email: uniqueEmail(), password: STRONG_PASSWORD }),
        headers: { "CF-Connecting-IP": "203.0.113.51" },
      });
    await expectRefusedAfter(5, [201], signup);
  });

  it("cap link mails per account per minute", async () => {
    const sender = await signUp();
    const send = async () => {
      const { secret, linkKey } = await createSecret(sender, { recipientEmail: uniqueEmail() });
      return postJson(`/api/secrets/${secret.id}/email`, { link: `${secret.url}#${linkKey}` }, sender);
    };
    await expectRefusedAfter(10, [202], send);
  });
});
