// /s/* answers the recipient page's own HTML (run `npm run build` first), and names the API answers it asks
// for first, so the browser fetches them beside the page's module.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ORIGIN } from "../../test/client";
import { firstRequests } from "../recipient-page";

const ID = "AAAAAAAAAAAAAAAAAAAAAA";

describe("the recipient page at /s/*", () => {
  it("preloads the peek, the config and the session of a well-formed link", async () => {
    const res = await exports.default.fetch(`${ORIGIN}/s/${ID}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Link")).toBe(
      [`/api/secrets/${ID}`, "/api/config", "/api/session"]
        .map((url) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`)
        .join(", "),
    );
    expect(await res.text()).toContain('<template id="load-failed">');
  });

  it("names nothing for a path that is not a secret's, and still answers the page (it says not found)", async () => {
    for (const path of ["/s/short", `/s/${ID}/more`, "/s/", `/s/${ID.slice(1)}%3E`]) {
      expect(firstRequests(path)).toBeUndefined();
      const res = await exports.default.fetch(`${ORIGIN}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("Link")).toBeNull();
      expect(await res.text()).toContain('<template id="load-failed">');
    }
  });
});
