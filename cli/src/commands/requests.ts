// `oncelink requests`: the caller's secret requests and who answered each (address, device, time).
import { parseCommand } from "../args";
import { loadSettings, requireToken, requireUrl } from "../config";
import { ownedRequests } from "../owned-requests";
import { requestKeyOf } from "../request-keys";
import { textTable } from "../text-table";

const OPTIONS = { json: { type: "boolean" } } as const;

export async function requests(args: string[]): Promise<void> {
  const { values } = parseCommand(args, OPTIONS, 0);
  const settings = loadSettings();
  const items = await ownedRequests(requireUrl(settings), requireToken(settings));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
    return;
  }
  const rows = items.flatMap((item) => [
    [
      item.id,
      item.status,
      `${item.responseCount}/${item.maxResponses}`,
      item.expiresAt,
      // Whether this machine can open its responses: the private key is here, or elsewhere.
      requestKeyOf(item.id) ? "here" : "elsewhere",
      item.name,
    ],
    ...item.responses.map((response) => [
      `  ${response.id}`,
      response.status === "active" ? "unopened" : response.status,
      "",
      response.createdAt,
      "",
      [response.responder.email ?? "anonymous", response.responder.ip, response.responder.device]
        .filter(Boolean)
        .join(", "),
    ]),
  ]);
  process.stdout.write(textTable(["ID", "STATUS", "RESPONSES", "EXPIRES/SENT", "KEY", "NAME/FROM"], rows));
}
