// On a terminal the CLI asks with echo off: the secret, passphrases and tokens never appear on screen.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { newAccount, runCli, runInTerminal, SCRIPT } from "./cli-harness";

const origin = inject("origin");
let env: Record<string, string>;
let token: string;

beforeAll(async () => {
  ({ token } = await newAccount(origin, "cli-terminal"));
  env = { ONCELINK_URL: origin, ONCELINK_TOKEN: token };
});

const LINK = new RegExp(`${origin}/s/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}`);

describe.skipIf(!SCRIPT)(
  `prompts on a terminal${SCRIPT ? "" : " — SKIPPED: no script(1) (util-linux) to make one"}`,
  () => {
    it("share asks for the secret and the passphrase twice, echoing none of them", async () => {
      const { code, screen } = await runInTerminal(
        ["share", "--passphrase-prompt"],
        [
          { prompt: "Secret (hidden", type: "typed on a terminal ü" },
          { prompt: "Passphrase:", type: "terminal passphrase" },
          { prompt: "Repeat the passphrase:", type: "terminal passphrase" },
        ],
        env,
      );
      expect(code).toBe(0);
      expect(screen).not.toContain("typed on a terminal");
      expect(screen).not.toContain("terminal passphrase");
      const link = LINK.exec(screen)?.[0] ?? "";
      const opened = await runCli(["open", link, "--passphrase-env", "P"], { env: { P: "terminal passphrase" } });
      expect(opened.stdout.toString()).toBe("typed on a terminal ü");
    });

    it("share refuses passphrases that differ", async () => {
      const { code, screen } = await runInTerminal(
        ["share", "--passphrase-prompt"],
        [
          { prompt: "Secret (hidden", type: "x" },
          { prompt: "Passphrase:", type: "one" },
          { prompt: "Repeat the passphrase:", type: "two" },
        ],
        env,
      );
      expect(screen).toContain("The passphrases do not match");
      expect(code).toBe(2);
    });

    it("open asks for the passphrase, hidden, and shows the secret", async () => {
      const shared = await runCli(["share", "--passphrase-env", "P"], {
        input: "shown on the terminal",
        env: { ...env, P: "asked for" },
      });
      const link = shared.stdout.toString().trim();
      const wrong = await runInTerminal(["open", link], [{ prompt: "Passphrase:", type: "not this one" }]);
      expect(wrong.screen).toContain("Incorrect passphrase (4 attempts left)");
      expect(wrong.screen).not.toContain("not this one");
      expect(wrong.code).toBe(4);
      const right = await runInTerminal(["open", link], [{ prompt: "Passphrase:", type: "asked for" }]);
      expect(right.code).toBe(0);
      expect(right.screen).toContain("shown on the terminal");
      expect(right.screen).not.toContain("asked for");
    });

    it("login asks for the token, hidden, and saves it", async () => {
      const dir = mkdtempSync(join(tmpdir(), "oncelink-login-tty-"));
      const { code, screen } = await runInTerminal(
        ["login", "--url", origin],
        [{ prompt: "API token for", type: token }],
        {
          ONCELINK_CONFIG_DIR: dir,
        },
      );
      expect(code).toBe(0);
      expect(screen).not.toContain(token);
      expect(JSON.parse(readFileSync(join(dir, "config.json"), "utf8"))).toEqual({ url: origin, token });
    });
  },
);
