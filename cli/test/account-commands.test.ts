// login, ls, burn and audit against the real Worker, and what a bad or revoked API token gets.
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { newAccount, runCli } from "./cli-harness";

const origin = inject("origin");
let account: { email: string; token: string; cookie: string };
let env: Record<string, string>;

beforeAll(async () => {
  account = await newAccount(origin, "cli-account");
  env = { ONCELINK_URL: origin, ONCELINK_TOKEN: account.token };
});

async function share(text: string, args: string[] = []): Promise<{ link: string; id: string }> {
  const run = await runCli(["share", "--json", ...args], { input: text, env });
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout.toString()) as { link: string; id: string };
}

describe("login", () => {
  it("checks the token, saves URL and token with mode 0600, and the saved values are used", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "oncelink-login-")), "nested", "oncelink");
    const configEnv = { ONCELINK_CONFIG_DIR: dir };
    // A path after the origin is dropped: links and the API live at the origin.
    const login = await runCli(["login", "--url", `${origin}/somewhere/`], {
      input: `${account.token}\n`,
      env: configEnv,
    });
    expect(login.stderr).toContain(`Logged in to ${origin} as ${account.email}`);
    expect(login.code).toBe(0);
    const file = join(dir, "config.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ url: origin, token: account.token });

    const { id } = await share("listed via the saved login");
    const listed = await runCli(["ls"], { env: configEnv });
    expect(listed.code).toBe(0);
    expect(listed.stdout.toString()).toContain(id);

    // The environment wins over the saved token.
    const overridden = await runCli(["ls"], { env: { ...configEnv, ONCELINK_TOKEN: "olk_not-a-real-token" } });
    expect(overridden.code).toBe(5);
    expect(overridden.stderr).toBe("The API token is invalid or has been revoked\n");
  });

  it("refuses a bad token and saves nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "oncelink-login-"));
    const login = await runCli(["login", "--url", origin], {
      input: "olk_bogus.bogus",
      env: { ONCELINK_CONFIG_DIR: dir },
    });
    expect(login.code).toBe(5);
    expect(login.stderr).toBe("The API token is invalid or has been revoked\n");
    expect(() => statSync(join(dir, "config.json"))).toThrow();
  });
});

describe("ls, burn and audit", () => {
  it("lists by status, burns by id, and reports burning twice", async () => {
    const kept = await share("kept", ["--name", "kept one"]);
    const burned = await share("burned", ["--name", "burned one"]);
    const burn = await runCli(["burn", burned.id], { env });
    expect(burn.code).toBe(0);
    expect(burn.stdout.toString()).toBe(`Burned ${burned.id}\n`);

    const active = await runCli(["ls", "--status", "active"], { env });
    expect(active.code).toBe(0);
    const table = active.stdout.toString();
    expect(table.split("\n")[0]).toMatch(/^ID\s+STATUS\s+VIEWS\s+EXPIRES\s+NAME$/);
    expect(table).toMatch(new RegExp(`${kept.id}\\s+active\\s+0/1\\s+\\S+\\s+kept one`));
    expect(table).not.toContain(burned.id);
    const burnedList = await runCli(["ls", "--status", "burned", "--json"], { env });
    expect((JSON.parse(burnedList.stdout.toString()) as { id: string }[]).map((s) => s.id)).toContain(burned.id);

    const again = await runCli(["burn", burned.link], { env });
    expect(again.code).toBe(3);
    expect(again.stderr).toBe("Secret not found or has already been viewed\n");
    // One id in 64 begins with "-" (base64url): it is still the id, not an unknown flag.
    const dashed = await runCli(["burn", `-${"A".repeat(21)}`], { env });
    expect(dashed.code).toBe(3);
    expect(dashed.stderr).toBe("Secret not found or has already been viewed\n");
  });

  it("audit filters by action and time, and --csv is the server's export", async () => {
    const { id } = await share("audited", ["--name", "audited one"]);
    const table = await runCli(["audit", "--action", "create", "--since", "10m"], { env });
    expect(table.code).toBe(0);
    const lines = table.stdout.toString().trimEnd().split("\n");
    expect(lines[0]).toMatch(/^TIME\s+ACTION\s+RESULT\s+RESOURCE\s+ACTOR\s+IP$/);
    expect(lines.slice(1).every((line) => /^\S+Z\s+create\s+success/.test(line))).toBe(true);
    expect(table.stdout.toString()).toContain("secret audited one");

    const csv = await runCli(
      ["audit", "--csv", "--action", "create", "--since", new Date(Date.now() - 600_000).toISOString()],
      {
        env,
      },
    );
    expect(csv.code).toBe(0);
    const rows = csv.stdout.toString().split("\r\n");
    expect(rows[0]).toBe(
      '"id","time_utc","action","result","resource_type","resource_id","resource_name","user","user_id","ip","country","city","device","user_agent","details"',
    );
    // An id that starts with "-" (1 in 64) is written '-... in the CSV, as every cell that could be a formula.
    const cell = id.startsWith("-") ? `"'${id}"` : `"${id}"`;
    expect(rows.some((row) => row.includes(cell) && row.includes('"create"'))).toBe(true);

    const future = await runCli(["audit", "--since", "2999-01-01"], { env });
    expect(future.code).toBe(0);
    expect(future.stdout.toString().trimEnd().split("\n")).toHaveLength(1);
  });

  it("a revoked token stops working at once", async () => {
    const other = await newAccount(origin, "cli-revoke");
    const otherEnv = { ONCELINK_URL: origin, ONCELINK_TOKEN: other.token };
    expect((await runCli(["ls"], { env: otherEnv })).code).toBe(0);
    const tokens = (await (
      await fetch(`${origin}/api/tokens`, { headers: { authorization: `Bearer ${other.token}` } })
    ).json()) as { items: { id: string }[] };
    const revoke = await fetch(`${origin}/api/tokens/${tokens.items[0]?.id}`, {
      method: "DELETE",
      headers: { cookie: other.cookie, origin },
    });
    expect(revoke.status).toBe(204);
    for (const args of [["ls"], ["audit"], ["burn", "AAAAAAAAAAAAAAAAAAAAAA"]]) {
      const run = await runCli(args, { env: otherEnv });
      expect(run.code).toBe(5);
      expect(run.stderr).toBe("The API token is invalid or has been revoked\n");
    }
    const share = await runCli(["share"], { input: "x", env: otherEnv });
    expect(share.code).toBe(5);
    expect(share.stdout.length).toBe(0);
  });

  it("commands that need an account say so without a token", async () => {
    for (const args of [["ls"], ["audit"], ["burn", "AAAAAAAAAAAAAAAAAAAAAA"]]) {
      const run = await runCli(args, { env: { ONCELINK_URL: origin } });
      expect(run.code).toBe(5);
      expect(run.stderr).toBe("No API token: set ONCELINK_TOKEN or run oncelink login\n");
    }
    // Creating is open to anyone only where ALLOW_ANONYMOUS_CREATE says so; not here.
    const share = await runCli(["share"], { input: "x", env: { ONCELINK_URL: origin } });
    expect(share.code).toBe(5);
    expect(share.stderr).toBe("This needs an API token: set ONCELINK_TOKEN or run oncelink login\n");
  });
});
