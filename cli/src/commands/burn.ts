// `oncelink burn ID|LINK`: delete a secret of the caller's before anyone opens it (DELETE /api/secrets/:id).
import { callApi } from "../api-client";
import { parseCommand } from "../args";
import { usageError } from "../cli-error";
import { loadSettings, requireToken, requireUrl } from "../config";
import { parseSecretRef } from "../share-link";

export async function burn(args: string[]): Promise<void> {
  const { positionals } = parseCommand(args, {}, 1);
  const [ref] = positionals;
  if (!ref) throw usageError("Which secret? oncelink burn ID|LINK");
  const { id, origin: linkOrigin } = parseSecretRef(ref);
  const settings = loadSettings();
  const origin = requireUrl(settings);
  if (linkOrigin !== undefined && linkOrigin !== origin) {
    throw usageError(`The link is for ${linkOrigin}, but the configured server is ${origin}`);
  }
  await callApi<undefined>(origin, `/api/secrets/${id}`, { method: "DELETE", token: requireToken(settings) });
  process.stdout.write(`Burned ${id}\n`);
}
