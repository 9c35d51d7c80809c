// Secret requests through the CLI (PROTOCOL 9): request, respond with no token, requests, receive once.
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { CLI_NODE_VERSION, newAccount, runCli } from "./cli-harness";

const origin = inject("origin");
let env: Record<string, string>;

beforeAll(async () => {
  const { token } = await newAccount(origin, "cli-request");
  // One config dir for the requester, so the key `request` keeps is the one `receive` finds.
  env = {
    ONCELINK_URL: origin,
    ONCELINK_TOKEN: token,
    ONCELINK_CONFIG_DIR: mkdtempSync(join(tmpdir(), "oncelink-requester-")),
  };
});

const REQUEST_LINK = new RegExp(`^${origin}/r/([A-Za-z0-9_-]{22})#[A-Za-z0-9_-]{43}$`);

async function ask(args: string[]): Promise<{ link: string; id: string }> {
  const run = await runCli(["request", ...args], { env });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const link = run.stdout.toString().trimEnd();
  const id = REQUEST_LINK.exec(link)?.[1];
  expect(id).toBeDefined();
  return { link, id: id ?? "" };
}

/** A responder with no account and no token: a config dir and environment of their own. */
const responder = { ONCELINK_URL: "", ONCELINK_TOKEN: "" };

describe(`request, respond, receive (CLI on Node ${CLI_NODE_VERSION})`, () => {
  it("round-trips a response byte for byte, once, with the key kept in the config dir (mode 0600)", async () => {
    const { link, id } = await ask(["--name", "Staging DB password", "--note", "for Friday", "--expires", "1h"]);
    const keyFile = join(env.ONCELINK_CONFIG_DIR ?? "", "request-keys.json");
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(keyFile, "utf8"))[id]).toMatchObject({ origin });

    const text = "pass\r\nwörd 🔑\n  trailing  \n";
    const answered = await runCli(["respond", link], { input: text, env: responder });
    expect(answered.code).toBe(0);
    expect(answered.stderr).toContain("asks for: Staging DB password");
    expect(answered.stdout.length).toBe(0);

    const listed = await runCli(["requests"], { env });
    expect(listed.code).toBe(0);
    const [header = "", ...rows] = listed.stdout.toString().trimEnd().split("\n");
    expect(header.split(/\s{2,}/)).toEqual(["ID", "STATUS", "RESPONSES", "EXPIRES/SENT", "KEY", "NAME/FROM"]);
    const requestRow = rows.find((row) => row.startsWith(id)) ?? "";
    expect(requestRow.split(/\s{2,}/)).toEqual([
      id,
      "answered",
      "1/1",
      expect.any(String),
      "here",
      "Staging DB password",
    ]);
    // The response: who answered (no account), from which address (this machine, as wrangler dev reports
    // it) and on which device (the CLI's User-Agent, as the server describes it).
    const responseRow = rows[rows.indexOf(requestRow) + 1] ?? "";
    const [responseId, status, sentAt, from] = responseRow.trim().split(/\s{2,}/);
    expect(responseId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(status).toBe("unopened");
    expect(Date.parse(sentAt ?? "")).toBeGreaterThan(0);
    expect(from).toMatch(/^anonymous, 127\.0\.0\.1, oncelink-cli 0 on \S.* \(desktop\)$/);

    const received = await runCli(["receive", id], { env });
    expect(received.stderr).toBe("");
    expect(received.code).toBe(0);
    expect(received.stdout.equals(Buffer.from(text, "utf8"))).toBe(true);
    const again = await runCli(["receive", link], { env });
    expect(again.code).toBe(3);
    expect(again.stdout.length).toBe(0);
  });

  it("refuses a second response to a one-response request, and says so (exit 3)", async () => {
    const { link } = await ask(["--name", "API key"]);
    expect((await runCli(["respond", link], { input: "first", env: responder })).code).toBe(0);
    const second = await runCli(["respond", link], { input: "second", env: responder });
    expect(second.code).toBe(3);
    expect(second.stderr).toContain("has all the responses it accepts");
  });

  it("takes several responses and prints them all with --json", async () => {
    const { link, id } = await ask(["--name", "Two keys", "--responses", "2"]);
    for (const input of ["one", "two"])
      expect((await runCli(["respond", link], { input, env: responder })).code).toBe(0);
    const received = await runCli(["receive", id, "--json"], { env });
    expect(received.code).toBe(0);
    const texts = (JSON.parse(received.stdout.toString()) as { text: string }[]).map((item) => item.text);
    expect(texts.sort()).toEqual(["one", "two"]);
  });

  it("refuses a link whose key check does not match the server's key, sending nothing", async () => {
    const { link } = await ask(["--name", "pinned"]);
    const tampered = link.replace(/#.*/, `#${"A".repeat(43)}`);
    const run = await runCli(["respond", tampered], { input: "x", env: responder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("does not match");
  });

  it("usage mistakes: no --name, --responses out of range, no key on this machine", async () => {
    expect((await runCli(["request"], { env })).code).toBe(2);
    expect((await runCli(["request", "--name", "x", "--responses", "0"], { env })).code).toBe(2);
    const { id } = await ask(["--name", "elsewhere"]);
    const other = { ...env, ONCELINK_CONFIG_DIR: mkdtempSync(join(tmpdir(), "oncelink-other-")) };
    const run = await runCli(["receive", id], { env: other });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no key");
  });

  it("opens a response on another machine with the inbox link, which carries the key", async () => {
    const { link, id } = await ask(["--name", "carried"]);
    expect((await runCli(["respond", link], { input: "carried over", env: responder })).code).toBe(0);
    const keys = JSON.parse(readFileSync(join(env.ONCELINK_CONFIG_DIR ?? "", "request-keys.json"), "utf8"));
    const inbox = `${origin}/requests/${id}#${keys[id].privateKey}`;
    const other = { ...env, ONCELINK_CONFIG_DIR: mkdtempSync(join(tmpdir(), "oncelink-laptop-")) };
    const run = await runCli(["receive", inbox], { env: other });
    expect(run.stderr).toBe("");
    expect(run.stdout.toString()).toBe("carried over");
  });
});
