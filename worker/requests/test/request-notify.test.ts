// "Email me when someone responds" (PROTOCOL 9): the notice is queued with the response's ciphertext in its
// vault, sent through the deployment's mailer, and recorded as an `email_sent` event on the response.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditPage, ResponseStored } from "../../../protocol/api";
import { api, type Caller, eventually, signUp } from "../../test/client";
import { queuedMessages } from "../../vault/outbox-queue";
import { vaultFor } from "../../vault/vault-for";
import { makeRequest, respond } from "./request-client";

let requester: Caller & { email: string };
beforeAll(async () => {
  const account = await signUp();
  requester = { cookie: account.cookie, email: account.user.email };
});

async function mailEventsOf(resourceId: string) {
  return eventually(
    async () => {
      const page = await api("/api/audit?action=email_sent&limit=200", requester).then((r) => r.json<AuditPage>());
      return page.items.filter((event) => event.resourceId === resourceId);
    },
    (events) => events.length > 0,
  );
}

describe("notify on response", () => {
  it("mails the requester who answered and when, never the answer", async () => {
    const made = await makeRequest(requester, { name: "Deploy token", notifyOnResponse: true });
    const res = await respond(made.request.id, made.keys.publicKey, "the-answer-itself", {
      headers: { "CF-Connecting-IP": "203.0.113.9", "User-Agent": "curl/8.5.0" },
    });
    expect(res.status).toBe(201);
    const { id } = await res.json<ResponseStored>();
    const [event] = await mailEventsOf(id);
    expect(event).toMatchObject({ result: "success", details: { kind: "responded", to: requester.email } });
    // Nothing of the answer anywhere the server writes mail or metadata.
    for (const table of ["secret_requests", "request_responses", "secrets", "audit_events"]) {
      const rows = await env.DB.prepare(`SELECT * FROM ${table}`).all();
      expect(JSON.stringify(rows.results)).not.toContain("the-answer-itself");
    }
  });

  it("queues no mail when the requester did not ask for it", async () => {
    const made = await makeRequest(requester, { name: "Quiet" });
    const res = await respond(made.request.id, made.keys.publicKey, "quiet");
    const { id } = await res.json<ResponseStored>();
    // A notice is queued in the same transaction as the ciphertext: had one been asked for, it would be here.
    const queued = await runInDurableObject(vaultFor(env, id), (_, state) => ({
      mail: queuedMessages(state.storage.kv, "mail").length,
      holds: state.storage.kv.get("ciphertext") !== undefined,
    }));
    expect(queued).toEqual({ mail: 0, holds: true });
  });
});
