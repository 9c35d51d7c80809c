// What the web app needs of secret groups (docs/protocol.md 8.2) beyond creating them: the secret list
// without group links (the dashboard shows a group as one item), and each link mailed to its own recipient.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { SecretGroupResult, SecretPage } from "../../../protocol/api";
import { envelopeUpload, sealSecret } from "../../../protocol/envelope";
import { readDevOutbox } from "../../mail/dev-outbox";
import { api, type Caller, createSecret, errorOf, OUTBOX, postJson, signUp, uniqueEmail } from "../../test/client";

async function createdGroup(caller: Caller, emails: (string | undefined)[]) {
  const sealed = await Promise.all(emails.map(() => sealSecret({ text: "one text, many links" })));
  const links = sealed.map((link, k) => ({ ...envelopeUpload(link), recipientEmail: emails[k] }));
  const res = await postJson("/api/secret-groups", { links, name: "group" }, caller);
  expect(res.status, await res.clone().text()).toBe(201);
  const { group } = await res.json<SecretGroupResult>();
  return { group, links: group.links.map((secret, k) => `${secret.url}#${sealed[k]?.linkKey}`) };
}

async function listed(caller: Caller, query: string): Promise<SecretPage> {
  const res = await api(`/api/secrets?${query}`, caller);
  expect(res.status).toBe(200);
  return res.json<SecretPage>();
}

describe("secret groups on the dashboard", () => {
  it("list secrets with or without group links (grouped=false|true), the counts following", async () => {
    const owner = await signUp();
    const { secret } = await createSecret(owner, { name: "single" });
    const { group } = await createdGroup(owner, [undefined, undefined, undefined]);
    const groupIds = group.links.map((link) => link.id).sort();

    const all = await listed(owner, "status=all");
    expect(all.items).toHaveLength(4);
    expect(all.counts.active).toBe(4);

    const singles = await listed(owner, "status=all&grouped=false");
    expect(singles.items.map((item) => item.id)).toEqual([secret.id]);
    expect(singles.counts).toEqual({ active: 1, viewed: 0, expired: 0, burned: 0 });

    const linksOnly = await listed(owner, "status=active&grouped=true");
    expect(linksOnly.items.map((item) => item.id).sort()).toEqual(groupIds);
    expect(linksOnly.counts.active).toBe(3);

    const bad = await api("/api/secrets?grouped=maybe", owner);
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain("grouped");
  });

  it("mail each recipient only their own link, and refuse a link of another recipient", async () => {
    const owner = await signUp();
    const emails = [uniqueEmail("first"), uniqueEmail("second"), uniqueEmail("third")];
    const { group, links } = await createdGroup(owner, emails);
    const mailers = { ...owner, vars: OUTBOX };
    for (const [k, secret] of group.links.entries()) {
      const res = await postJson(`/api/secrets/${secret.id}/email`, { link: links[k] }, mailers);
      expect(res.status).toBe(202);
    }
    const outbox = await readDevOutbox(env.KV);
    for (const [k, to] of emails.entries()) {
      const mails = outbox.filter((mail) => mail.to === to);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.text).toContain(links[k]);
      for (const other of links.filter((_, j) => j !== k)) expect(mails[0]?.text).not.toContain(other ?? "-");
    }
    // The second link through the first link's route: its recipient must never be sent it.
    const swapped = await postJson(`/api/secrets/${group.links[0]?.id}/email`, { link: links[1] }, mailers);
    expect(swapped.status).toBe(400);
    expect((await errorOf(swapped)).code).toBe("invalid_input");
    const after = (await readDevOutbox(env.KV)).filter((mail) => mail.to === emails[0]);
    expect(after).toHaveLength(1);
  });

  it("refuse to mail a link of a count-only group, which has no recipient", async () => {
    const owner = await signUp();
    const { group, links } = await createdGroup(owner, [undefined, undefined]);
    const res = await postJson(`/api/secrets/${group.links[0]?.id}/email`, { link: links[0] }, owner);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain("no recipient");
  });
});
