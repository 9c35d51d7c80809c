// `share --links N` and repeated `--recipient`: one secret for many recipients, end to end against the app.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { newAccount, runCli } from "./cli-harness";

const origin = inject("origin");
let env: Record<string, string>;

beforeAll(async () => {
  const { token } = await newAccount(origin, "cli-links");
  env = { ONCELINK_URL: origin, ONCELINK_TOKEN: token };
});

const LINK = new RegExp(`^${origin}/s/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$`);

describe("share one secret as separate links", () => {
  it("prints N links, one per line, each opening once on its own", async () => {
    const text = "shared with three\nbyte for byte ✓";
    const run = await runCli(["share", "--links", "3", "--name", "three ways"], { input: text, env });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const links = run.stdout.toString().trimEnd().split("\n");
    expect(links).toHaveLength(3);
    for (const link of links) expect(link).toMatch(LINK);
    expect(new Set(links.map((link) => link.split("#")[1])).size).toBe(3);
    for (const link of links) {
      const opened = await runCli(["open", link], { env });
      expect(opened.code).toBe(0);
      expect(opened.stdout.equals(Buffer.from(text, "utf8"))).toBe(true);
      const again = await runCli(["open", link], { env });
      expect(again.code).toBe(3);
      expect(again.stderr).toBe("Secret not found or has already been viewed\n");
    }
  });

  it("gives each repeated --recipient their own link, in order", async () => {
    const recipients = ["ana@example.com", "ben@example.com"];
    const run = await runCli(
      ["share", "--recipient", recipients[0] ?? "", "--recipient", recipients[1] ?? "", "--json"],
      {
        input: "for two",
        env,
      },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const shared = JSON.parse(run.stdout.toString()) as {
      groupId: string;
      expiresAt: string;
      links: { link: string; id: string; recipient: string }[];
    };
    expect(Object.keys(shared).sort()).toEqual(["expiresAt", "groupId", "links"]);
    expect(shared.links.map((link) => link.recipient)).toEqual(recipients);
    expect(shared.groupId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // Each recipient's link opens on its own, once; opening one spends nothing of the other.
    for (const { link, id } of shared.links) {
      expect(link).toMatch(LINK);
      expect(link).toContain(`/s/${id}#`);
      const opened = await runCli(["open", link], { env });
      expect(opened.stderr).toBe("");
      expect(opened.code).toBe(0);
      expect(opened.stdout.toString()).toBe("for two");
      expect((await runCli(["open", link], { env })).code).toBe(3);
    }
  });

  it("refuses a count it cannot honour before anything is created", async () => {
    for (const args of [
      ["--links", "0"],
      ["--links", "51"],
      ["--links", "2", "--recipient", "a@example.com"],
      ["--links", "2", "--views", "2"],
    ]) {
      const run = await runCli(["share", ...args], { input: "x", env });
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stdout.length).toBe(0);
    }
  });
});
