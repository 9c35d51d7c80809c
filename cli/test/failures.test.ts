// Each kind of failure: one line on stderr, nothing on stdout, its documented exit code, no stack trace.
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closedPort, newAccount, runCli } from "./cli-harness";

const origin = inject("origin");
let env: Record<string, string>;
let link: string;

beforeAll(async () => {
  const { token } = await newAccount(origin, "cli-failures");
  env = { ONCELINK_URL: origin, ONCELINK_TOKEN: token };
  link = (await runCli(["share"], { input: "still here", env })).stdout.toString().trim();
});

function expectOneLine(
  run: { code: number | null; stdout: Buffer; stderr: string },
  code: number,
  line: string | RegExp,
) {
  expect(run.stdout.length).toBe(0);
  expect(run.stderr.endsWith("\n")).toBe(true);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  if (typeof line === "string") expect(run.stderr.trimEnd()).toBe(line);
  else expect(run.stderr.trimEnd()).toMatch(line);
  expect(run.code).toBe(code);
}

describe("usage errors exit 2", () => {
  const cases: [string[], string | RegExp][] = [
    [[], "No command given: oncelink --help lists them"],
    [["frobnicate"], "Unknown command: frobnicate (oncelink --help lists them)"],
    [["share", "--bogus"], "Unknown option '--bogus'"],
    [["share", "--passphrase", "hunter2"], /^A passphrase is never taken as an argument/],
    [["share", "--passphrase=hunter2"], /^A passphrase is never taken as an argument/],
    [["share", "--expires", "30s"], "--expires must be from 1m to 7d (60 to 604800 seconds): got 30s"],
    [["share", "--expires", "8d"], "--expires must be from 1m to 7d (60 to 604800 seconds): got 8d"],
    [["share", "--expires", "soon"], /^--expires takes SECONDS or a number with s, m, h or d/],
    [["share", "--views", "0"], "--views must be a whole number from 1 to 100"],
    [["share", "--views", "101"], "--views must be a whole number from 1 to 100"],
    [["share", "--email"], "--email sends the link to --recipient EMAIL: name one"],
    [
      ["share", "--passphrase-env", "NOT_SET_ANYWHERE"],
      "--passphrase-env NOT_SET_ANYWHERE: the variable is not set or is empty",
    ],
    [["share", "extra"], "Unexpected argument: extra"],
    [["open"], "Which link? oncelink open LINK"],
    [["open", "not a link"], "Not an Oncelink link: not a link"],
    [["ls", "--status", "gone"], /^--status takes active, viewed, expired, burned, all/],
    [["audit", "--action", "peek"], /^--action takes one of create, view/],
    [["audit", "--since", "yesterday"], /^--since takes a date/],
    [["burn"], "Which secret? oncelink burn ID|LINK"],
  ];
  for (const [args, line] of cases) {
    it(`oncelink ${args.join(" ")}`, async () => {
      expectOneLine(await runCli(args, { env }), 2, line);
    });
  }

  it("an incomplete link sends nothing and leaves the secret as it was", async () => {
    const [address = ""] = link.split("#");
    for (const cut of [address, `${address}#`, link.slice(0, -1)]) {
      expectOneLine(await runCli(["open", cut]), 2, "This link is incomplete");
    }
    const wrongKey = `${address}#${"A".repeat(43)}`;
    expectOneLine(await runCli(["open", wrongKey]), 2, "This link is incomplete");
    const opened = await runCli(["open", link]);
    expect(opened.stdout.toString()).toBe("still here");
  });

  it("no server configured", async () => {
    expectOneLine(
      await runCli(["share"], { input: "x" }),
      2,
      "No Oncelink server: set ONCELINK_URL or run oncelink login --url URL",
    );
    expectOneLine(
      await runCli(["ls"], { env: { ONCELINK_URL: "ftp://example.com" } }),
      2,
      "Not an http(s) URL: ftp://example.com",
    );
  });

  it("an empty secret is refused before anything is sent", async () => {
    expectOneLine(await runCli(["share"], { input: "", env }), 2, "The secret is empty");
  });

  it("a link for another server is not burned with this server's token", async () => {
    const other = link.replace(/^http:\/\/127\.0\.0\.1:/, "http://localhost:");
    expectOneLine(
      await runCli(["burn", other], { env }),
      2,
      /^The link is for http:\/\/localhost:\d+, but the configured server is/,
    );
  });
});

describe("network and server failures", () => {
  it("an unreachable server exits 6 and names it", async () => {
    const down = `http://127.0.0.1:${await closedPort()}`;
    expectOneLine(
      await runCli(["share"], { input: "x", env: { ONCELINK_URL: down, ONCELINK_TOKEN: "olk_x" } }),
      6,
      `Cannot reach ${down} (ECONNREFUSED)`,
    );
    const [, path] = /^https?:\/\/[^/]+(\/.*)$/.exec(link) ?? [];
    expectOneLine(await runCli(["open", `${down}${path}`]), 6, `Cannot reach ${down} (ECONNREFUSED)`);
  });

  describe("a failing server", () => {
    // Stands in for a broken deployment or a proxy in front of one: the real Worker cannot be made to fail.
    let server: Server;
    let failing: string;
    beforeAll(async () => {
      server = createServer((request, response) => {
        if (request.url?.startsWith("/api/secrets")) {
          response.writeHead(500, { "content-type": "application/json" });
          response.end(JSON.stringify({ error: { code: "internal", message: "Something went wrong on our side." } }));
        } else {
          response.writeHead(502, { "content-type": "text/html" });
          response.end("<html>Bad gateway</html>");
        }
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const address = server.address();
      failing = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    it("a 5xx from the API exits 7 with the server's words", async () => {
      const failingEnv = { ONCELINK_URL: failing, ONCELINK_TOKEN: "olk_x" };
      expectOneLine(await runCli(["share"], { input: "x", env: failingEnv }), 7, "Something went wrong on our side");
    });

    it("an answer that is not the API exits 7", async () => {
      const failingEnv = { ONCELINK_URL: failing, ONCELINK_TOKEN: "olk_x" };
      expectOneLine(
        await runCli(["audit"], { env: failingEnv }),
        7,
        `${failing} did not answer as an Oncelink server (HTTP 502)`,
      );
    });
  });
});

describe("--help and --version", () => {
  it("--help documents every command, variable and exit code", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    const text = help.stdout.toString();
    for (const word of ["login", "share", "open", "ls", "burn", "audit", "--passphrase-env", "--passphrase-prompt"]) {
      expect(text).toContain(word);
    }
    for (const variable of ["ONCELINK_URL", "ONCELINK_TOKEN", "ONCELINK_CONFIG_DIR"]) expect(text).toContain(variable);
    // share's group output and options, and where request keys live.
    for (const word of ["--links N", '"groupId", "expiresAt", "links"', "request-keys.json"])
      expect(text).toContain(word);
    for (const code of [0, 1, 2, 3, 4, 5, 6, 7]) expect(text).toMatch(new RegExp(`^  ${code} `, "m"));
    expect((await runCli(["share", "--help"])).stdout.toString()).toBe(text);
  });

  it("--version is the package's", async () => {
    const { version } = (await import("../package.json", { with: { type: "json" } })).default;
    const run = await runCli(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout.toString()).toBe(`${version}\n`);
  });
});
