// What the SecretVaults hold on disk, read from their SQLite files while no server runs (after a SIGKILL).
// The files are copied first and the copies opened, so the real state is left exactly as the crash left
// it for the restart to recover. Values in a Durable Object's KV table are V8-serialized, as Node's are.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { deserialize } from "node:v8";

export interface VaultFile {
  /** The secret's id (the name its Durable Object was addressed by). */
  id: string | null;
  status: string | null;
  holdsCiphertext: boolean;
  /** Outbox messages not delivered yet: audit events for D1, mail. */
  queuedEvents: number;
  queuedMail: number;
}

const VAULT_DIR = join("v3", "do", "oncelink-SecretVault");

export function readVaultFiles(stateDir: string): VaultFile[] {
  const copy = mkdtempSync(join(tmpdir(), "oncelink-crash-vaults-"));
  try {
    cpSync(join(stateDir, VAULT_DIR), copy, { recursive: true });
    return readdirSync(copy)
      .filter((file) => file.endsWith(".sqlite") && file !== "metadata.sqlite")
      .map((file) => readVault(join(copy, file)));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

function readVault(path: string): VaultFile {
  const db = new DatabaseSync(path);
  try {
    const tables = new Set(
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((row) => String(row.name)),
    );
    // A vault that deleted all its storage keeps an empty file.
    const vault: VaultFile = { id: null, status: null, holdsCiphertext: false, queuedEvents: 0, queuedMail: 0 };
    if (!tables.has("_cf_KV")) return vault;
    for (const row of db.prepare("SELECT key, value FROM _cf_KV").all()) {
      const key = String(row.key);
      if (key === "ciphertext") vault.holdsCiphertext = true;
      if (key === "state") {
        const state = storedValue(row.value) as { id?: string; status?: string };
        vault.id = state.id ?? null;
        vault.status = state.status ?? null;
      }
      if (key.startsWith("outbox:")) {
        if ((storedValue(row.value) as { kind?: string }).kind === "mail") vault.queuedMail += 1;
        else vault.queuedEvents += 1;
      }
    }
    return vault;
  } finally {
    db.close();
  }
}

function storedValue(value: unknown): unknown {
  return value instanceof Uint8Array ? deserialize(value) : value;
}
