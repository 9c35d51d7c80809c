import { describe, expect, it } from "vitest";
import type { SecretPage } from "../../../protocol/api";
import { api, createSecret, eventually, reveal, signUp } from "../../test/client";

const list = async (cookie: string, status = "all") =>
  (await api(`/api/secrets?status=${status}`, { cookie })).json<SecretPage>();

describe("the owner's list of secrets", () => {
  it("says who viewed each secret (email or unknown) and from which device, newest first", async () => {
    const owner = await signUp();
    const viewer = await signUp();
    const created = await createSecret(owner, { name: "two views", maxViews: 3 });
    expect((await reveal(created.secret.id, created.proof)).status).toBe(200);
    expect((await reveal(created.secret.id, created.proof, { cookie: viewer.cookie })).status).toBe(200);
    const page = await eventually(
      () => list(owner.cookie),
      (p) => p.items.find((s) => s.id === created.secret.id)?.recentViews.length === 2,
    );
    const views = page.items.find((s) => s.id === created.secret.id)?.recentViews ?? [];
    expect(views.map((view) => view.viewer)).toEqual([viewer.user.email, null]);
    expect(views[0]?.at.localeCompare(views[1]?.at ?? "")).toBeGreaterThanOrEqual(0);
    expect(Object.keys(views[0] ?? {}).sort()).toEqual(["at", "city", "country", "device", "viewer"]);
  });

  it("never shows another owner's views, and counts each status", async () => {
    const owner = await signUp();
    const other = await signUp();
    const a = await createSecret(owner);
    await createSecret(owner);
    const burned = await createSecret(owner);
    expect((await api(`/api/secrets/${burned.secret.id}`, { method: "DELETE", cookie: owner.cookie })).status).toBe(
      204,
    );
    expect((await reveal(a.secret.id, a.proof)).status).toBe(200);
    const mine = await eventually(
      () => list(owner.cookie, "active"),
      (p) => p.counts.viewed === 1,
    );
    expect(mine.counts).toEqual({ active: 1, viewed: 1, expired: 0, burned: 1 });
    expect(mine.items).toHaveLength(1);
    const theirs = await list(other.cookie);
    expect(theirs.items).toHaveLength(0);
    expect(theirs.counts).toEqual({ active: 0, viewed: 0, expired: 0, burned: 0 });
  });

  it("finds secrets by a part of their name, ignoring case", async () => {
    const owner = await signUp();
    await createSecret(owner, { name: "Staging DB password" });
    await createSecret(owner, { name: "prod_db 100%" });
    await createSecret(owner, { name: "Wi-Fi" });
    const names = async (q: string) =>
      (await (await api(`/api/secrets?q=${encodeURIComponent(q)}`, owner)).json<SecretPage>()).items.map((s) => s.name);
    expect((await names("db")).sort()).toEqual(["Staging DB password", "prod_db 100%"]);
    expect(await names("100%")).toEqual(["prod_db 100%"]);
    expect(await names("_")).toEqual(["prod_db 100%"]);
    expect(await names("nothing")).toEqual([]);
  });
});
