// `oncelink login --url URL`: ask for an API token, check it with the server (GET /api/me), and store
// both in the config dir (config.ts) with mode 0600. ONCELINK_URL and ONCELINK_TOKEN still win.
import type { UserResult } from "../../../protocol/api";
import { callApi } from "../api-client";
import { parseCommand } from "../args";
import { usageError } from "../cli-error";
import { loadSettings, originOf, requireUrl, saveSettings } from "../config";
import { askHidden, readStdinText, stdinIsTerminal } from "../terminal-input";

const OPTIONS = { url: { type: "string" } } as const;

export async function login(args: string[]): Promise<void> {
  const { values } = parseCommand(args, OPTIONS, 0);
  const url = values.url === undefined ? requireUrl(loadSettings()) : originOf(values.url);
  // From a pipe too (printf %s "$TOKEN" | oncelink login --url URL), where nobody is there to type it.
  const typed = stdinIsTerminal()
    ? await askHidden(`API token for ${url} (create one under API Tokens):`)
    : await readStdinText("token");
  const token = typed.trim();
  if (!token) throw usageError("No API token given");
  const { user } = await callApi<UserResult>(url, "/api/me", { token });
  const path = saveSettings({ url, token });
  process.stderr.write(`Logged in to ${url} as ${user.email}; saved to ${path}\n`);
  for (const variable of ["ONCELINK_URL", "ONCELINK_TOKEN"]) {
    if (process.env[variable]) process.stderr.write(`Note: ${variable} is set and wins over the saved value\n`);
  }
}
