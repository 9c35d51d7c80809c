// `oncelink ls`: the caller's secrets (GET /api/secrets, every page), newest first.
import type { OwnedSecret, SecretPage } from "../../../protocol/api";
import { SECRET_STATUSES } from "../../../protocol/enums";
import { callApi } from "../api-client";
import { parseCommand } from "../args";
import { usageError } from "../cli-error";
import { loadSettings, requireToken, requireUrl } from "../config";
import { textTable } from "../text-table";

const OPTIONS = { status: { type: "string" }, json: { type: "boolean" } } as const;
const PAGE_SIZE = 100;

function statusFilter(text: string | undefined): string {
  if (text === undefined) return "all";
  const allowed: readonly string[] = [...SECRET_STATUSES, "all"];
  const unknown = text.split(",").find((status) => !allowed.includes(status));
  if (unknown !== undefined)
    throw usageError(`--status takes ${allowed.join(", ")} (or several, comma-separated): got ${unknown}`);
  return text;
}

export async function ls(args: string[]): Promise<void> {
  const { values } = parseCommand(args, OPTIONS, 0);
  const status = statusFilter(values.status);
  const settings = loadSettings();
  const origin = requireUrl(settings);
  const token = requireToken(settings);
  const items: OwnedSecret[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ status, limit: String(PAGE_SIZE), ...(cursor && { cursor }) });
    const page: SecretPage = await callApi<SecretPage>(origin, `/api/secrets?${query}`, { token });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);

  if (values.json) {
    process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
    return;
  }
  const rows = items.map((secret) => [
    secret.id,
    secret.status,
    `${secret.views}/${secret.maxViews}`,
    secret.expiresAt,
    secret.name ?? "",
  ]);
  process.stdout.write(textTable(["ID", "STATUS", "VIEWS", "EXPIRES", "NAME"], rows));
}
