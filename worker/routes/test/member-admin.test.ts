import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditPage, Invitation, Member, MemberList } from "../../../protocol/api";
import { readDevOutbox } from "../../mail/dev-outbox";
import {
  api,
  type Caller,
  createSecret,
  errorOf,
  OUTBOX,
  postJson,
  STRONG_PASSWORD,
  sessionCookieOf,
  signUp,
  uniqueEmail,
} from "../../test/client";

let admin: Caller & { user: Member | { id: string } };
beforeAll(async () => {
  // Storage is per test file: the first sign-up here is this deployment's admin, the only one so far.
  admin = await signUp();
});

const patchRole = (id: string, role: string, caller: Caller) =>
  api(`/api/users/${id}`, { method: "PATCH", body: JSON.stringify({ role }), ...caller });
const remove = (id: string, caller: Caller) => api(`/api/users/${id}`, { method: "DELETE", ...caller });

async function roleOf(id: string): Promise<string | undefined> {
  const list = await (await api("/api/users", admin)).json<MemberList>();
  return list.items.find((member) => member.id === id)?.role;
}

async function auditActions(action: string): Promise<AuditPage["items"]> {
  const res = await api(`/api/audit?scope=all&action=${action}`, admin);
  return (await res.json<AuditPage>()).items;
}

async function invite(email = uniqueEmail("invitee")): Promise<Invitation> {
  const res = await postJson("/api/users", { email }, admin);
  expect(res.status).toBe(201);
  return res.json<Invitation>();
}

describe("the last admin", () => {
  it("can be neither demoted nor removed, with a clear 409", async () => {
    const demote = await patchRole(admin.user.id, "member", admin);
    expect(demote.status).toBe(409);
    const error = await errorOf(demote);
    expect(error.code).toBe("last_admin");
    expect(error.message).toMatch(/last admin/);
    const removal = await remove(admin.user.id, admin);
    expect(removal.status).toBe(409);
    expect((await errorOf(removal)).code).toBe("last_admin");
    expect(await roleOf(admin.user.id)).toBe("admin");
    // Refused changes leave no audit event behind: the event was in the batch the database aborted.
    expect(await auditActions("role_change")).toHaveLength(0);
    expect(await auditActions("member_remove")).toHaveLength(0);
  });

  it("stays when two admins demote each other at the same moment", async () => {
    const second = await signUp();
    expect((await patchRole(second.user.id, "admin", admin)).status).toBe(200);
    const [a, b] = await Promise.all([
      patchRole(second.user.id, "member", admin),
      patchRole(admin.user.id, "member", second),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const roles = [await roleOf(admin.user.id), await roleOf(second.user.id)];
    expect(roles.filter((role) => role === "admin")).toHaveLength(1);
    // Back to one admin (the first), whichever won.
    if (roles[0] !== "admin") {
      expect((await patchRole(admin.user.id, "admin", second)).status).toBe(200);
      expect((await patchRole(second.user.id, "member", admin)).status).toBe(200);
    }
    expect(await roleOf(admin.user.id)).toBe("admin");
  });

  it("is not counted as kept by an invited admin who has no password yet", async () => {
    const { user } = await invite();
    expect((await patchRole(user.id, "admin", admin)).status).toBe(200);
    expect((await patchRole(admin.user.id, "member", admin)).status).toBe(409);
    expect((await remove(user.id, admin)).status).toBe(204);
  });
});

describe("changing a role", () => {
  it("promotes and demotes, audited with the old and new role", async () => {
    const member = await signUp();
    const promoted = await patchRole(member.user.id, "admin", admin);
    expect(promoted.status).toBe(200);
    expect((await promoted.json<{ user: Member }>()).user.role).toBe("admin");
    expect((await api("/api/users", member)).status).toBe(200);
    expect((await patchRole(member.user.id, "member", admin)).status).toBe(200);
    expect((await api("/api/users", member)).status).toBe(403);
    const events = (await auditActions("role_change")).filter((event) => event.resourceId === member.user.id);
    expect(events.map((event) => event.details)).toEqual([
      { from: "admin", to: "member" },
      { from: "member", to: "admin" },
    ]);
    expect(events[0]?.actor?.id).toBe(admin.user.id);
  });

  it("is for admins only, and refuses unknown roles and accounts", async () => {
    const member = await signUp();
    const other = await signUp();
    const byMember = await patchRole(other.user.id, "admin", member);
    expect(byMember.status).toBe(403);
    expect((await patchRole(other.user.id, "owner", admin)).status).toBe(400);
    expect((await patchRole("A".repeat(22), "admin", admin)).status).toBe(404);
    // The session cookie from another site's page is CSRF.
    const foreign = await api(`/api/users/${other.user.id}`, {
      method: "PATCH",
      body: JSON.stringify({ role: "admin" }),
      headers: { Origin: "https://evil.example" },
      cookie: admin.cookie,
    });
    expect(foreign.status).toBe(403);
    expect(await roleOf(other.user.id)).toBe("member");
  });
});

describe("removing a member", () => {
  it("ends their sessions at once and is audited", async () => {
    const member = await signUp();
    expect((await api("/api/me", member)).status).toBe(200);
    expect((await remove(member.user.id, member)).status).toBe(403);
    expect((await remove(member.user.id, admin)).status).toBe(204);
    expect((await api("/api/me", member)).status).toBe(401);
    expect(await roleOf(member.user.id)).toBeUndefined();
    expect((await remove(member.user.id, admin)).status).toBe(404);
    const [event] = (await auditActions("member_remove")).filter((e) => e.resourceId === member.user.id);
    expect(event).toMatchObject({ resourceName: member.user.email, details: { role: "member" } });
  });
});

describe("resending an invite", () => {
  it("replaces the setup link: the old one stops working, the new one sets the password", async () => {
    const first = await invite();
    const again = await postJson(`/api/users/${first.user.id}/invite`, {}, admin);
    expect(again.status).toBe(201);
    const second = await again.json<Invitation>();
    expect(second.setupToken).not.toBe(first.setupToken);
    const stale = await postJson("/api/auth/setup", { token: first.setupToken, password: STRONG_PASSWORD });
    expect(stale.status).toBe(404);
    const setup = await postJson("/api/auth/setup", { token: second.setupToken, password: STRONG_PASSWORD });
    expect(setup.status).toBe(200);
    expect(sessionCookieOf(setup)).not.toBe("");
    const late = await postJson(`/api/users/${first.user.id}/invite`, {}, admin);
    expect(late.status).toBe(409);
    expect((await errorOf(late)).code).toBe("already_set_up");
    const events = (await auditActions("invite")).filter((e) => e.resourceId === first.user.id);
    expect(events.map((e) => e.details)).toEqual([{ resent: true }, {}]);
  });
});

describe("the setup page's address", () => {
  it("answers the invitee's email for a live token only", async () => {
    const email = uniqueEmail("invitee");
    const { setupToken } = await invite(email);
    const res = await postJson("/api/auth/setup/invite", { token: setupToken });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ email });
    const [id, secret] = setupToken.split(".") as [string, string];
    const tampered = `${id}.${secret.startsWith("A") ? "B" : "A"}${secret.slice(1)}`;
    for (const token of [tampered, "nope", ""]) {
      expect((await postJson("/api/auth/setup/invite", { token })).status).toBe(404);
    }
    await postJson("/api/auth/setup", { token: setupToken, password: STRONG_PASSWORD });
    expect((await postJson("/api/auth/setup/invite", { token: setupToken })).status).toBe(404);
  });
});

describe("mailing an invite", () => {
  it("sends the sealed invite link to the invitee, audited without the link", async () => {
    const email = uniqueEmail("invitee");
    const { user } = await invite(email);
    const { secret, linkKey } = await createSecret(admin, { name: `Invite for ${email}` });
    const link = `${secret.url}#${linkKey}`;
    const res = await postJson(`/api/users/${user.id}/invite/email`, { link }, { ...admin, vars: OUTBOX });
    expect(res.status).toBe(202);
    const [mail] = (await readDevOutbox(env.KV)).filter((m) => m.to === email);
    expect(mail?.subject).toMatch(/invited you to Oncelink/);
    expect(mail?.text).toContain(link);
    const [event] = (await auditActions("email_sent")).filter((e) => e.resourceId === secret.id);
    expect(event?.details).toEqual({ kind: "invite", to: email });
    expect(JSON.stringify(event)).not.toContain(linkKey);
  });

  it("refuses links that are not the admin's own active secret, and says when mail is not set up", async () => {
    const { user } = await invite();
    const stranger = await signUp();
    const theirs = await createSecret(stranger);
    const mine = await createSecret(admin);
    const send = (link: string, vars: Partial<Env> = OUTBOX) =>
      postJson(`/api/users/${user.id}/invite/email`, { link }, { ...admin, vars });
    for (const link of [
      `${theirs.secret.url}#${theirs.linkKey}`,
      mine.secret.url,
      `https://evil.example/s/${mine.secret.id}#${mine.linkKey}`,
      `${mine.secret.url}#${mine.linkKey}#more`,
    ]) {
      const res = await send(link);
      expect(res.status).toBe(400);
    }
    const noMail = await send(`${mine.secret.url}#${mine.linkKey}`, { MAIL_TRANSPORT: "binding", EMAIL: undefined });
    expect(noMail.status).toBe(503);
    expect((await errorOf(noMail)).code).toBe("mail_unavailable");
    const byMember = await postJson(`/api/users/${user.id}/invite/email`, { link: "x" }, stranger);
    expect(byMember.status).toBe(403);
  });
});
