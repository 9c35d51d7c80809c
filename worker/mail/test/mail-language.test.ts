// Mails in their reader's language (worker/mail/mail-language.ts): an account's own language (signed up in,
// or picked with PATCH /api/me), else the sending request's, else English; and every mail in every
// language renders whole: no argument left in braces, names escaped in the HTML.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { MAIL_CATALOGS } from "../../../locales/server";
import { LOCALES, type Locale } from "../../../protocol/locales";
import { formatMessage } from "../../../protocol/message-format";
import {
  api,
  type Caller,
  createSecret,
  eventually,
  OUTBOX,
  reveal,
  signUp,
  signUpVerified,
  uniqueEmail,
} from "../../test/client";
import type { SecretVault } from "../../vault/secret-vault";
import { vaultFor } from "../../vault/vault-for";
import { readDevOutbox } from "../dev-outbox";
import type { MailMessage } from "../mail-message";
import type { MailKey } from "../mail-text";
import { expiredMail, linkMail, verificationMail, viewedMail } from "../messages";
import { respondedMail } from "../request-messages";
import { webhookDisabledMail } from "../webhook-messages";

/** A message of `locale`'s catalog with these arguments: what a mail in that language says. */
const say = (locale: Locale, key: MailKey, args: Record<string, string | number> = {}) =>
  formatMessage(MAIL_CATALOGS[locale][key] ?? "", locale, args);

let sender: Caller & { email: string };
beforeAll(async () => {
  await signUp(); // the first account of this file's storage is its admin
  const account = await signUpVerified();
  sender = { cookie: account.cookie, email: account.user.email };
});

function patchMe(body: string, caller: Caller, headers: Record<string, string> = {}) {
  return api("/api/me", { method: "PATCH", body, headers, cookie: caller.cookie });
}

async function myLocale(caller: Caller): Promise<string | null> {
  const res = await api("/api/me", { cookie: caller.cookie });
  return (await res.json<{ user: { locale: string | null } }>()).user.locale;
}

/** Mails a secret's link to its recipient, the sender's browser asking for `acceptLanguage`. */
async function mailLinkTo(to: string, acceptLanguage?: string): Promise<MailMessage> {
  const { secret, linkKey } = await createSecret(sender, { recipientEmail: to });
  const headers: Record<string, string> = acceptLanguage ? { "Accept-Language": acceptLanguage } : {};
  const body = JSON.stringify({ link: `${secret.url}#${linkKey}` });
  const res = await api(`/api/secrets/${secret.id}/email`, {
    method: "POST",
    body,
    headers,
    cookie: sender.cookie,
    vars: OUTBOX,
  });
  expect(res.status).toBe(202);
  const [message] = (await readDevOutbox(env.KV)).filter((m) => m.to === to);
  if (!message) throw new Error(`no mail to ${to}`);
  return message;
}

describe("PATCH /api/me", () => {
  it("keeps the account's language, which /api/me and /api/session then show", async () => {
    const account = await signUp();
    expect(account.user.locale).toBe("en"); // signed up by a script that named no language
    const res = await patchMe(JSON.stringify({ locale: "pt-BR" }), account);
    expect(res.status).toBe(200);
    expect((await res.json<{ user: { locale: string } }>()).user).toMatchObject({
      id: account.user.id,
      locale: "pt-BR",
    });
    expect(await myLocale(account)).toBe("pt-BR");
    const session = await api("/api/session", { cookie: account.cookie });
    expect((await session.json<{ user: { locale: string } }>()).user.locale).toBe("pt-BR");
  });

  it("refuses what is not a supported language, a malformed or oversized body, a stranger and another site, changing nothing", async () => {
    const account = await signUp();
    const refusals: [Response, number, string][] = [
      [await patchMe(JSON.stringify({ locale: "xx" }), account), 400, "invalid_input"],
      [await patchMe(JSON.stringify({ locale: "DE" }), account), 400, "invalid_input"],
      [await patchMe(JSON.stringify({ locale: 7 }), account), 400, "invalid_input"],
      [await patchMe(JSON.stringify({}), account), 400, "invalid_input"],
      [await patchMe("{locale:", account), 400, "invalid_input"],
      [await patchMe(JSON.stringify({ locale: "de", pad: "x".repeat(20_000) }), account), 413, "too_large"],
      [await patchMe(JSON.stringify({ locale: "de" }), {}), 401, "unauthenticated"],
      [await patchMe(JSON.stringify({ locale: "de" }), account, { Origin: "https://evil.example" }), 403, "csrf"],
    ];
    for (const [res, status, code] of refusals) {
      expect(res.status).toBe(status);
      expect((await res.json<{ error: { code: string } }>()).error.code).toBe(code);
    }
    expect(await myLocale(account)).toBe("en");
  });

  it("is where sign-up puts the language its page was in", async () => {
    const res = await api("/api/auth/signup", {
      method: "POST",
      body: JSON.stringify({ email: uniqueEmail("french"), password: "plum kettle orbit saxophone 42" }),
      headers: { "Accept-Language": "fr-CA,fr;q=0.9,en;q=0.5" },
    });
    expect(res.status).toBe(201);
    expect((await res.json<{ user: { locale: string } }>()).user.locale).toBe("fr");
  });
});

describe("the language of a mail", () => {
  it("is the recipient account's own language, whatever the sender's browser speaks", async () => {
    const recipient = await signUp(uniqueEmail("german"));
    await patchMe(JSON.stringify({ locale: "de" }), recipient);
    const message = await mailLinkTo(recipient.user.email, "ja");
    expect(message.subject).toBe(say("de", "mail.link.subject", { sender: sender.email }));
    expect(message.subject).not.toBe(say("en", "mail.link.subject", { sender: sender.email }));
    expect(message.text).toContain(say("de", "mail.link.intro", { sender: sender.email }));
  });

  it("is the sender's request language for an address without an account", async () => {
    const message = await mailLinkTo(uniqueEmail("nobody"), "ja-JP,ja;q=0.9");
    expect(message.subject).toBe(say("ja", "mail.link.subject", { sender: sender.email }));
    // Dates are the language's own, through Intl (in UTC).
    expect(message.text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it("is English when neither the recipient nor the request names a language", async () => {
    const message = await mailLinkTo(uniqueEmail("nobody"));
    expect(message.subject).toBe(`${sender.email} shared a secret with you`);
    expect(message.text).toMatch(/The link expires \w+day, \w+ \d{1,2}, \d{4} at .+ UTC\./);
  });

  it("of a view notice, sent by the vault off any request, is the owner's", async () => {
    const owner = await signUp();
    await patchMe(JSON.stringify({ locale: "pl" }), owner);
    const name = `Klucz ${crypto.randomUUID().slice(0, 6)}`;
    const { secret, proof } = await createSecret(owner, { name, notifyOnView: true, maxViews: 3 });
    await runInDurableObject(vaultFor(env, secret.id), (instance: SecretVault) => {
      Object.assign(instance, { env: { ...env, ...OUTBOX } });
    });
    expect((await reveal(secret.id, proof)).status).toBe(200);
    const messages = await eventually(
      async () => (await readDevOutbox(env.KV)).filter((m) => m.text.includes(name)),
      (found) => found.length > 0,
    );
    const [message] = messages;
    expect(message?.subject).toBe(say("pl", "mail.viewed.subject", { label: say("pl", "mail.quoted", { name }) }));
    // Polish plurals: 2 views left is "few", not English's "other".
    expect(message?.text).toContain(say("pl", "mail.viewed.remaining", { count: 2 }));
  });
});

describe("every mail in every language", () => {
  const at = Date.UTC(2026, 11, 3, 14, 9, 16);
  const hostile = '<img src=x onerror="alert(1)">';
  const mails = (locale: Locale): MailMessage[] => [
    linkMail(
      "r@example.com",
      "https://o.test/s/a#k",
      { email: "s@example.com", emailVerified: true },
      "https://o.test",
      new Date(at),
      locale,
    ),
    linkMail(
      "r@example.com",
      "https://o.test/s/a#k",
      { email: "s@example.com", emailVerified: false },
      "https://o.test",
      new Date(at),
      locale,
      "invite",
    ),
    viewedMail(
      "o@example.com",
      {
        secretName: hostile,
        at,
        viewerEmail: "v@example.com",
        viewerVerified: false,
        city: null,
        country: "PT",
        device: null,
        remainingViews: 0,
      },
      "https://o.test",
      locale,
    ),
    expiredMail("o@example.com", null, at, "https://o.test", locale),
    verificationMail("o@example.com", "https://o.test/verify#t", "https://o.test", locale),
    respondedMail(
      "o@example.com",
      {
        requestName: hostile,
        at,
        responderEmail: null,
        responderVerified: false,
        ip: "203.0.113.9",
        city: "Lisbon",
        country: "PT",
        device: "Firefox",
      },
      "https://o.test",
      locale,
    ),
    webhookDisabledMail("o@example.com", "hooks.example", 25, "https://o.test", locale),
  ];

  for (const locale of LOCALES) {
    it(`${locale}: whole, with its links, and with names escaped in the HTML`, () => {
      for (const mail of mails(locale)) {
        for (const part of [mail.subject, mail.text, mail.html]) {
          expect(part).not.toMatch(/[{}\uE000\uE001]/);
          expect(part.trim()).not.toBe("");
        }
        expect(mail.subject).not.toMatch(/[\r\n]/);
        expect(mail.html).not.toContain("<img");
        expect(mail.html).toMatch(/<a href="https:\/\/o\.test/);
      }
      const [link] = mails(locale);
      expect(link?.html).toContain('<a href="https://o.test/s/a#k">');
      expect(link?.text).toContain("https://o.test/s/a#k");
      if (locale !== "en") expect(link?.text).not.toContain("shared a secret with you");
    });
  }
});
