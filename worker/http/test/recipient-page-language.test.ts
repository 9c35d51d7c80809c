// The recipient page in the recipient's language (worker/http/recipient-page-language.ts): the cookie, else
// Accept-Language, else English; lang and dir, the title, Content-Language, Vary, and the escaped message block.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import de from "../../../locales/de/recipient";
import { ORIGIN } from "../../test/client";

const ID = "AAAAAAAAAAAAAAAAAAAAAA";
const open = (headers: Record<string, string>) => exports.default.fetch(`${ORIGIN}/s/${ID}`, { headers });
const block = (html: string) =>
  /<script type="application\/json" id="oncelink-messages">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";

describe("the recipient page's language", () => {
  it("follows Accept-Language: German lang, title, Content-Language, Vary and messages", async () => {
    const res = await open({ "Accept-Language": "de-DE,de;q=0.9,en;q=0.8" });
    const html = await res.text();
    expect(html).toContain('<html lang="de" dir="ltr"');
    expect(html).toContain(`<title>${de["recipient.html.title"]}</title>`);
    expect(res.headers.get("Content-Language")).toBe("de");
    expect(res.headers.get("Vary")).toContain("Accept-Language, Cookie");
    expect(res.headers.get("Link")).toContain(`/api/secrets/${ID}`);
    const json = block(html);
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toMatchObject({ view: de["recipient.view"] });
  });

  it("lets the cookie beat Accept-Language, gives English for an unknown language, rtl for Arabic", async () => {
    expect(await (await open({ "Accept-Language": "de", Cookie: "oncelink_lang=ja" })).text()).toContain('lang="ja"');
    const unknown = await open({ "Accept-Language": "sv-SE" });
    expect(unknown.headers.get("Content-Language")).toBe("en");
    expect(await unknown.text()).toContain('lang="en" dir="ltr"');
    expect(await (await open({ "Accept-Language": "ar-EG" })).text()).toContain('lang="ar" dir="rtl"');
  });

  it("answers the rest of a language's messages at /s/-/messages/<locale>", async () => {
    const res = await exports.default.fetch(`${ORIGIN}/s/-/messages/de`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Record<string, string>)["open.copy"]).toBe(de["recipient.open.copy"]);
    expect((await exports.default.fetch(`${ORIGIN}/s/-/messages/xx`)).status).toBe(404);
  });
});
