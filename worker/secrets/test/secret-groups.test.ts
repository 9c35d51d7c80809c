// One secret for many recipients (docs/protocol.md 8.2), through the real Worker, D1 and vaults.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { AuditPage, SecretGroupPage, SecretGroupResult, SecretPeek } from "../../../protocol/api";
import { envelopeUpload, revealProofs, sealSecret } from "../../../protocol/envelope";
import {
  api,
  type Call,
  type Caller,
  errorOf,
  eventually,
  postJson,
  reveal,
  signUp,
  uniqueEmail,
} from "../../test/client";

interface SealedLink {
  upload: ReturnType<typeof envelopeUpload>;
  linkKey: string;
  proof: string;
}

async function sealLinks(count: number, text = "DB_PASSWORD=hunter2"): Promise<SealedLink[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const sealed = await sealSecret({ text });
      return { upload: envelopeUpload(sealed), linkKey: sealed.linkKey, proof: sealed.proof };
    }),
  );
}

function createGroup(caller: Caller & Pick<Call, "vars">, links: Record<string, unknown>[], options = {}) {
  return postJson("/api/secret-groups", { links, expiresIn: 3600, ...options }, caller);
}

async function createdGroup(caller: Caller, count: number, emails: string[] = []) {
  const sealed = await sealLinks(count);
  const res = await createGroup(
    caller,
    sealed.map((link, k) => ({ ...link.upload, recipientEmail: emails[k] })),
    { name: "staging db" },
  );
  expect(res.status, await res.clone().text()).toBe(201);
  const { group } = await res.json<SecretGroupResult>();
  return { group, sealed };
}

async function groupOf(caller: Caller, id: string) {
  const res = await api(`/api/secret-groups/${id}`, caller);
  expect(res.status).toBe(200);
  return (await res.json<SecretGroupResult>()).group;
}

async function ownedSecretIds(caller: Caller): Promise<string[]> {
  const res = await api("/api/secrets?status=all&limit=100", caller);
  return (await res.json<{ items: { id: string }[] }>()).items.map((item) => item.id);
}

/** The real vault namespace, with the `failAt`-th deposit (1-based) failing as a storage fault would. */
function vaultsFailingDeposit(failAt: number) {
  const real = env.SECRET_VAULT;
  const named: string[] = [];
  let deposits = 0;
  const namespace = {
    idFromName(name: string) {
      named.push(name);
      return real.idFromName(name);
    },
    get(id: DurableObjectId) {
      const stub = real.get(id);
      return {
        deposit(deposit: unknown) {
          deposits += 1;
          if (deposits === failAt) return Promise.reject(new Error("injected storage fault"));
          return stub.deposit(deposit as Parameters<typeof stub.deposit>[0]);
        },
        discard: () => stub.discard(),
      };
    },
  };
  return { namespace: namespace as unknown as Env["SECRET_VAULT"], named };
}

describe("secret groups", () => {
  it("make one independent link per recipient: each opens exactly once, on its own", async () => {
    const owner = await signUp();
    const emails = [uniqueEmail("a"), uniqueEmail("b"), uniqueEmail("c")];
    const { group, sealed } = await createdGroup(owner, 3, emails);
    expect(group.links.map((link) => link.recipientEmail)).toEqual(emails);
    expect(new Set(group.links.map((link) => link.id)).size).toBe(3);
    expect(group.links.every((link) => link.groupId === group.id && link.maxViews === 1)).toBe(true);
    // Independent keys: one link's proof opens no other link.
    const [first, second] = group.links;
    const wrong = await reveal(second?.id ?? "", sealed[0]?.proof ?? "");
    expect(wrong.status).toBe(403);
    expect((await reveal(first?.id ?? "", sealed[0]?.proof ?? "")).status).toBe(200);
    expect((await reveal(first?.id ?? "", sealed[0]?.proof ?? "")).status).toBe(404);
    // The others are untouched and still open once each.
    const peek = await api(`/api/secrets/${second?.id}`);
    expect((await peek.json<SecretPeek>()).remainingViews).toBe(1);
    for (const [k, link] of group.links.slice(1).entries()) {
      const answer = await reveal(link.id, sealed[k + 1]?.proof ?? "");
      expect(answer.status).toBe(200);
      const { ciphertext } = await answer.json<{ ciphertext: string }>();
      const { openSecret } = await import("../../../protocol/envelope");
      const { encKey } = await revealProofs(sealed[k + 1]?.linkKey ?? "");
      expect((await openSecret(ciphertext, encKey)).text).toBe("DB_PASSWORD=hunter2");
    }
    // Every recipient's receipt: all viewed, one view each.
    const shown = await eventually(
      () => groupOf(owner, group.id),
      (g) => g.links.every((link) => link.status === "viewed" && link.recentViews.length === 1),
    );
    expect(shown.links.map((link) => [link.status, link.views])).toEqual([
      ["viewed", 1],
      ["viewed", 1],
      ["viewed", 1],
    ]);
    const list = await api("/api/secret-groups", owner).then((r) => r.json<SecretGroupPage>());
    expect(list.items.map((g) => g.id)).toEqual([group.id]);
  });

  it("create all links or none: a vault failing midway (7 of 10) leaves no secret, row or vault", async () => {
    const owner = await signUp();
    const sealed = await sealLinks(10);
    const faulty = vaultsFailingDeposit(7);
    const res = await createGroup(
      { ...owner, vars: { SECRET_VAULT: faulty.namespace } },
      sealed.map((link) => link.upload),
    );
    expect(res.status).toBe(500);
    expect(faulty.named.length).toBeGreaterThanOrEqual(10);
    // No vault holds anything: the six filled before the fault and the three after were emptied.
    for (const id of new Set(faulty.named)) expect((await api(`/api/secrets/${id}`)).status).toBe(404);
    expect(await ownedSecretIds(owner)).toEqual([]);
    const groups = await api("/api/secret-groups", owner).then((r) => r.json<SecretGroupPage>());
    expect(groups.items).toEqual([]);
    // The audit log says so: each link's create, then its failure.
    const audit = await eventually(
      () => api("/api/audit?action=create&limit=50", owner).then((r) => r.json<AuditPage>()),
      (page) => page.items.filter((event) => event.result === "failure").length === 10,
    );
    expect(audit.items.filter((event) => event.result === "failure")).toHaveLength(10);
    expect(new Set(audit.items.map((event) => event.details.groupId)).size).toBe(1);
    // Without the fault the same account creates the group.
    expect(
      (
        await createGroup(
          owner,
          sealed.map((link) => link.upload),
        )
      ).status,
    ).toBe(201);
  });

  it("count a group of N as N secrets against the quota: all or none", async () => {
    const owner = await signUp();
    const vars = { QUOTA_ACTIVE_SECRETS: "5" };
    const refused = await createGroup(
      { ...owner, vars },
      (await sealLinks(6)).map((link) => link.upload),
    );
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe("quota_exceeded");
    expect(await ownedSecretIds(owner)).toEqual([]);
    expect(
      (
        await createGroup(
          { ...owner, vars },
          (await sealLinks(5)).map((l) => l.upload),
        )
      ).status,
    ).toBe(201);
    expect(
      (
        await createGroup(
          { ...owner, vars },
          (await sealLinks(1)).map((l) => l.upload),
        )
      ).status,
    ).toBe(403);
    expect(await ownedSecretIds(owner)).toHaveLength(5);
  });

  it("count a group of N as N creates against the per-minute limit", async () => {
    const owner = await signUp();
    expect(
      (
        await createGroup(
          owner,
          (await sealLinks(50)).map((l) => l.upload),
        )
      ).status,
    ).toBe(201);
    const limited = await createGroup(
      owner,
      (await sealLinks(11)).map((l) => l.upload),
    );
    expect(limited.status).toBe(429);
    expect(await ownedSecretIds(owner)).toHaveLength(50);
  });

  it("burn the whole group: every link still active stops working, a viewed one stays viewed", async () => {
    const owner = await signUp();
    const { group, sealed } = await createdGroup(owner, 3);
    expect((await reveal(group.links[0]?.id ?? "", sealed[0]?.proof ?? "")).status).toBe(200);
    expect((await api(`/api/secret-groups/${group.id}`, { ...owner, method: "DELETE" })).status).toBe(204);
    for (const [k, link] of group.links.entries()) {
      expect((await reveal(link.id, sealed[k]?.proof ?? "")).status).toBe(404);
    }
    const shown = await eventually(
      () => groupOf(owner, group.id),
      (g) => g.links.slice(1).every((link) => link.status === "burned"),
    );
    expect(shown.links.map((link) => link.status)).toEqual(["viewed", "burned", "burned"]);
    // Burning again is harmless: nothing is left to burn.
    expect((await api(`/api/secret-groups/${group.id}`, { ...owner, method: "DELETE" })).status).toBe(204);
  });

  it("answer another account exactly as for a group that does not exist", async () => {
    const owner = await signUp();
    const stranger = await signUp();
    const { group, sealed } = await createdGroup(owner, 2);
    for (const target of [group.id, "A".repeat(22), "not-an-id"]) {
      expect((await api(`/api/secret-groups/${target}`, stranger)).status).toBe(404);
      expect((await api(`/api/secret-groups/${target}`, { ...stranger, method: "DELETE" })).status).toBe(404);
    }
    const theirs = await api("/api/secret-groups", stranger).then((r) => r.json<SecretGroupPage>());
    expect(theirs.items).toEqual([]);
    expect((await api("/api/secret-groups", {})).status).toBe(401);
    // The stranger's burn burned nothing.
    expect((await reveal(group.links[1]?.id ?? "", sealed[1]?.proof ?? "")).status).toBe(200);
  });

  it("refuse bad input with a clear error and create nothing", async () => {
    const owner = await signUp();
    const [one] = await sealLinks(1);
    const upload = one?.upload ?? {};
    const cases: [string, Record<string, unknown>[], Record<string, unknown>, string][] = [
      ["no links", [], {}, "links: must hold at least one link"],
      ["51 links", Array.from({ length: 51 }, () => upload), {}, "links: must hold at most 50 links"],
      [
        "one address twice",
        [
          { ...upload, recipientEmail: "Bob@example.com" },
          { ...upload, recipientEmail: " bob@example.com" },
        ],
        {},
        "must not name the same recipientEmail twice",
      ],
      ["a control character in the name", [upload], { name: "db\npassword" }, "name"],
      [
        "a line break in an address",
        [{ ...upload, recipientEmail: "a@example.com\nBcc: x@example.com" }],
        {},
        "recipientEmail",
      ],
      ["a broken envelope", [{ ...upload, ciphertext: "AAAA" }], {}, "links.0.ciphertext"],
    ];
    for (const [label, links, options, message] of cases) {
      const res = await createGroup(owner, links, options);
      expect(res.status, label).toBe(400);
      const error = await errorOf(res);
      expect(error.code, label).toBe("invalid_input");
      expect(error.message, label).toContain(message);
    }
    expect(await ownedSecretIds(owner)).toEqual([]);
    expect((await createGroup({}, [upload])).status).toBe(401);
  });

  it("record each link's create with its group id", async () => {
    const owner = await signUp();
    const { group } = await createdGroup(owner, 2);
    const page = await api("/api/audit?action=create", owner).then((r) => r.json<AuditPage>());
    const events = page.items.filter((event) => event.details.groupId === group.id);
    expect(events.map((event) => event.resourceId).sort()).toEqual(group.links.map((link) => link.id).sort());
    expect(events.every((event) => event.details.links === 2 && event.result === "success")).toBe(true);
  });
});
