// A deployment-wide endpoint (an admin's, scope "deployment") hears of every account's events; an account's
// own endpoint hears only of its own. Real D1 trigger, WebhookSender and local receiver, as in
// webhook-delivery.test.ts.
import { Webhook } from "standardwebhooks";
import { beforeAll, describe, expect, it } from "vitest";
import { createSecret, eventually, reveal, signUpVerified } from "../../test/client";
import { receivedBy, receiverUrl } from "./receiver";
import { addWebhook, deliveriesOf } from "./webhook-client";

let admin: Awaited<ReturnType<typeof signUpVerified>>;
beforeAll(async () => {
  admin = await signUpVerified(); // storage is per test file: the first sign-up is this deployment's admin
});

describe("deployment-wide webhooks", () => {
  it("deliver every account's events to the admin's endpoint, and none of them to another account's", async () => {
    expect(admin.user.role).toBe("admin");
    const wideName = crypto.randomUUID();
    const wide = await addWebhook(admin.cookie, receiverUrl("ok", wideName), ["secret.viewed"], "deployment");
    const bystander = await signUpVerified();
    const bystanderName = crypto.randomUUID();
    const own = await addWebhook(bystander.cookie, receiverUrl("ok", bystanderName), ["secret.viewed"]);

    const member = await signUpVerified();
    expect(member.user.role).toBe("member");
    const created = await createSecret(member, { name: "member's key" });
    expect((await reveal(created.secret.id, created.proof)).status).toBe(200);

    const arrived = await eventually(
      () => receivedBy(wideName),
      (list) => list.length >= 1,
    );
    const payload = new Webhook(wide.secret).verify(arrived[0]?.body ?? "", arrived[0]?.headers ?? {}) as {
      type: string;
      data: { resourceId: string };
    };
    expect(payload).toMatchObject({ type: "secret.viewed", data: { resourceId: created.secret.id } });
    // The receiver answers before the sender records it: the log says delivered a moment later.
    const log = await eventually(
      () => deliveriesOf(admin.cookie, wide.id),
      (items) => items.length > 0 && items.every((d) => d.status === "delivered"),
    );
    expect(log.map((d) => d.eventType)).toEqual(["secret.viewed"]);

    // The bystander's own endpoint was never queued anything of the member's.
    expect(await deliveriesOf(bystander.cookie, own.id)).toEqual([]);
    expect(await receivedBy(bystanderName)).toEqual([]);
  });
});
