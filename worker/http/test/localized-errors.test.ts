// An API error's `message` is in the request's language when it names one (the oncelink_lang cookie, else
// Accept-Language); its code and extra fields never change, and a request naming no language gets English.
import { beforeAll, describe, expect, it } from "vitest";
import de from "../../../locales/de/errors";
import ja from "../../../locales/ja/errors";
import { MESSAGES } from "../../../protocol/api";
import { api, type Caller, errorOf, signUp } from "../../test/client";

const UNKNOWN = "/api/secrets/AAAAAAAAAAAAAAAAAAAAAA";

describe("localized error messages", () => {
  let owner: Caller;
  beforeAll(async () => {
    owner = await signUp();
  });

  it("answers in Japanese for Accept-Language: ja, with the same code", async () => {
    const res = await api(UNKNOWN, { headers: { "Accept-Language": "ja" } });
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Language")).toBe("ja");
    expect(res.headers.get("Vary")).toContain("Accept-Language, Cookie");
    expect(await errorOf(res)).toEqual({ code: "not_found", message: ja["errors.not_found"] });
  });

  it("answers the English message exactly as before when the request names no language", async () => {
    const res = await api(UNKNOWN);
    expect(res.headers.get("Content-Language")).toBeNull();
    expect(await errorOf(res)).toEqual({ code: "not_found", message: MESSAGES.notFound });
  });

  it("prefers the oncelink_lang cookie to Accept-Language", async () => {
    const res = await api(UNKNOWN, { headers: { Cookie: "oncelink_lang=de", "Accept-Language": "ja" } });
    expect(res.headers.get("Content-Language")).toBe("de");
    expect(await errorOf(res)).toEqual({ code: "not_found", message: de["errors.not_found"] });
  });

  it("answers English for a language it does not speak, or for English", async () => {
    for (const language of ["fi", "en-US"]) {
      const res = await api(UNKNOWN, { headers: { "Accept-Language": language } });
      expect(res.headers.get("Content-Language")).toBeNull();
      expect(await errorOf(res)).toEqual({ code: "not_found", message: MESSAGES.notFound });
    }
  });

  it("localizes a 400 for malformed JSON and keeps its code invalid_input", async () => {
    const res = await api("/api/secrets", {
      method: "POST",
      body: "{not json",
      headers: { "Accept-Language": "de" },
      ...owner,
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("Content-Language")).toBe("de");
    expect(await errorOf(res)).toEqual({ code: "invalid_input", message: de["errors.invalid_input"] });
  });
});
