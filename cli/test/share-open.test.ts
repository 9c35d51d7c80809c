// share and open, end to end: the built CLI against the real Worker (local D1, KV and Durable Objects).
import { beforeAll, describe, expect, inject, it } from "vitest";
import { CLI_NODE_VERSION, newAccount, runCli } from "./cli-harness";

const origin = inject("origin");
let env: Record<string, string>;

beforeAll(async () => {
  const { token } = await newAccount(origin, "cli-share");
  env = { ONCELINK_URL: origin, ONCELINK_TOKEN: token };
});

const LINK = new RegExp(`^${origin}/s/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$`);

async function shared(input: string | Buffer, args: string[] = [], extraEnv: Record<string, string> = {}) {
  const run = await runCli(["share", ...args], { input, env: { ...env, ...extraEnv } });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const link = run.stdout.toString();
  // Only the link, and one newline after it.
  expect(link.endsWith("\n")).toBe(true);
  expect(link.trimEnd()).toMatch(LINK);
  return link.trimEnd();
}

describe(`share and open (CLI on Node ${CLI_NODE_VERSION})`, () => {
  it("round-trips text with newlines and non-ASCII byte for byte, once", async () => {
    const text = "line one\r\nzwei — ünïcødé 🔑\n\n  trailing spaces and a final newline  \n";
    const link = await shared(text, ["--name", "round trip"]);
    const opened = await runCli(["open", link], { env });
    expect(opened.code).toBe(0);
    expect(opened.stderr).toBe("");
    // No newline added, nothing changed: the very bytes that went in.
    expect(opened.stdout.equals(Buffer.from(text, "utf8"))).toBe(true);

    const again = await runCli(["open", link], { env });
    expect(again.code).toBe(3);
    expect(again.stderr).toBe("Secret not found or has already been viewed\n");
    expect(again.stdout.length).toBe(0);
  });

  it("keeps a text without a final newline as it is, and opens without any configuration", async () => {
    const link = await shared("no newline at the end");
    // open needs no ONCELINK_URL or token: the link says where the secret is.
    const opened = await runCli(["open", link]);
    expect(opened.code).toBe(0);
    expect(opened.stdout.toString()).toBe("no newline at the end");
  });

  it("takes the passphrase from an environment variable, and counts a wrong one without consuming", async () => {
    const link = await shared("behind a passphrase", ["--passphrase-env", "SHARE_PASS"], {
      SHARE_PASS: "café ünïcödé passphrase",
    });
    const wrong = await runCli(["open", link, "--passphrase-env", "OPEN_PASS"], {
      env: { ...env, OPEN_PASS: "not it" },
    });
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toBe("Incorrect passphrase (4 attempts left)\n");
    expect(wrong.stdout.length).toBe(0);

    const noPassphrase = await runCli(["open", link], { env });
    expect(noPassphrase.code).toBe(2);
    expect(noPassphrase.stderr).toMatch(/^No terminal to ask on: use --passphrase-env VAR/);

    // NFC: the same passphrase typed with a decomposed é opens it.
    const right = await runCli(["open", link, "--passphrase-env", "OPEN_PASS"], {
      env: { ...env, OPEN_PASS: "cafe\u0301 ünïcödé passphrase" },
    });
    expect(right.stderr).toBe("");
    expect(right.code).toBe(0);
    expect(right.stdout.toString()).toBe("behind a passphrase");
  });

  it("burns the secret on the fifth wrong passphrase, and says so", async () => {
    const link = await shared("five strikes", ["--passphrase-env", "P"], { P: "right one" });
    const answers: string[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await runCli(["open", link, "--passphrase-env", "P"], { env: { ...env, P: `wrong ${attempt}` } });
      expect(wrong.code).toBe(4);
      answers.push(wrong.stderr.trim());
    }
    expect(answers).toEqual([
      "Incorrect passphrase (4 attempts left)",
      "Incorrect passphrase (3 attempts left)",
      "Incorrect passphrase (2 attempts left)",
      "Incorrect passphrase (1 attempt left)",
      "Incorrect passphrase (no attempts left: the secret has been deleted)",
    ]);
    const after = await runCli(["open", link, "--passphrase-env", "P"], { env: { ...env, P: "right one" } });
    expect(after.code).toBe(3);
    expect(after.stderr).toBe("Secret not found or has already been viewed\n");
  });

  it("opens a secret with --views 3 three times, then no more", async () => {
    const link = await shared("three readers", ["--views", "3", "--expires", "15m"]);
    for (let view = 0; view < 3; view++) {
      const opened = await runCli(["open", link]);
      expect(opened.code).toBe(0);
      expect(opened.stdout.toString()).toBe("three readers");
    }
    const fourth = await runCli(["open", link]);
    expect(fourth.code).toBe(3);
  });

  it("--json prints the link, the id and the expiry, and the server applied the flags", async () => {
    const before = Date.now();
    const run = await runCli(["share", "--json", "--expires", "2h", "--views", "2", "--name", "json out"], {
      input: "x",
      env,
    });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout.toString()) as { link: string; id: string; expiresAt: string };
    expect(Object.keys(out).sort()).toEqual(["expiresAt", "id", "link"]);
    expect(out.link).toMatch(LINK);
    expect(out.link).toContain(`/s/${out.id}#`);
    const expires = Date.parse(out.expiresAt) - before;
    expect(expires).toBeGreaterThan(7_100_000);
    expect(expires).toBeLessThanOrEqual(7_200_000 + 60_000);
    const listed = await runCli(["ls", "--json"], { env });
    const secret = (JSON.parse(listed.stdout.toString()) as { id: string; maxViews: number; name: string }[]).find(
      (item) => item.id === out.id,
    );
    expect(secret).toMatchObject({ maxViews: 2, name: "json out" });
  });

  it("--require-login: refused without a token (nothing used up), opened with one", async () => {
    const link = await shared("members only", ["--require-login"]);
    const anonymous = await runCli(["open", link]);
    expect(anonymous.code).toBe(5);
    expect(anonymous.stderr).toBe(
      `Sign in to view this secret: set ONCELINK_TOKEN for ${origin} or run oncelink login\n`,
    );
    const signedIn = await runCli(["open", link], { env });
    expect(signedIn.code).toBe(0);
    expect(signedIn.stdout.toString()).toBe("members only");
  });

  it("--recipient with --require-login: another account is refused; --email mails the link; --notify is kept", async () => {
    const recipient = `cli-recipient-${Date.now()}@example.com`;
    const run = await runCli(["share", "--recipient", recipient, "--require-login", "--email", "--notify", "--json"], {
      input: "for one person",
      env,
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const { link, id } = JSON.parse(run.stdout.toString()) as { link: string; id: string };
    const outbox = await (await fetch(`${origin}/dev/outbox`)).text();
    expect(outbox).toContain(recipient);
    expect(outbox).toContain(link);

    const stranger = await newAccount(origin, "cli-stranger");
    const refused = await runCli(["open", link], { env: { ONCELINK_URL: origin, ONCELINK_TOKEN: stranger.token } });
    expect(refused.code).toBe(5);
    expect(refused.stderr).toBe("This secret was shared with a different account\n");

    const listed = await runCli(["ls", "--json", "--status", "active"], { env });
    const secret = (JSON.parse(listed.stdout.toString()) as { id: string }[]).find((item) => item.id === id);
    expect(secret).toMatchObject({ recipientEmail: recipient, notifyOnView: true, requireLogin: true });
  });

  it("a burned secret answers not found", async () => {
    const link = await shared("burn me");
    const burned = await runCli(["burn", link], { env });
    expect(burned.code).toBe(0);
    const opened = await runCli(["open", link]);
    expect(opened.code).toBe(3);
    expect(opened.stderr).toBe("Secret not found or has already been viewed\n");
  });
});
