// The private keys of the requests this CLI made (PROTOCOL 9): request-keys.json in the config dir, mode 0600
// in a folder of mode 0700, beside config.json. The server has only the public halves.
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { usageError } from "./cli-error";
import { configDir } from "./config";

export interface StoredRequestKey {
  origin: string;
  publicKey: string;
  /** `d`, base64url (protocol/request-crypto.ts). */
  privateKey: string;
}

type KeyFile = Record<string, StoredRequestKey>;

export const requestKeysFile = () => join(configDir(), "request-keys.json");

function readKeys(): KeyFile {
  let text: string;
  try {
    text = readFileSync(requestKeysFile(), "utf8");
  } catch {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new TypeError("not an object");
    return parsed as KeyFile;
  } catch {
    throw usageError(`${requestKeysFile()} is not a valid key file`);
  }
}

/** Written to a temporary file (mode 0600 from the start) and renamed, so no reader sees half a file. */
export function saveRequestKey(id: string, key: StoredRequestKey): string {
  const keys = { ...readKeys(), [id]: key };
  mkdirSync(configDir(), { recursive: true, mode: 0o700 });
  const path = requestKeysFile();
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
  return path;
}

export function requestKeyOf(id: string): StoredRequestKey | undefined {
  const keys = readKeys();
  return Object.hasOwn(keys, id) ? keys[id] : undefined;
}
