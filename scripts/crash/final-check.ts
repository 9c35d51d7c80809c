// After the last round: every acknowledged secret has ended, so no vault file of one may hold ciphertext.
// What still does belongs to creates that got no answer: D1 lists those that landed; the rest were cut
// between the vault's deposit and D1's row, and nothing but their expiry will end them.
import type { Owner } from "../bench/account";
import type { AppProcess } from "./app-process";
import { listedSecrets, type Reader } from "./read-state";
import type { Check } from "./recovery";
import type { TrackedSecret } from "./storm";
import { readVaultFiles } from "./vault-files";

export async function checkVaultsAtTheEnd(
  app: AppProcess,
  reader: Reader,
  owners: Owner[],
  secrets: TrackedSecret[],
  stateDir: string,
): Promise<Check> {
  const inD1 = new Set<string>();
  for (const owner of owners) for (const id of (await listedSecrets(reader, owner)).keys()) inD1.add(id);
  await app.kill();
  const acknowledged = new Set(secrets.map((secret) => secret.id));
  const vaults = readVaultFiles(stateDir);
  const known = (id: string | null) => acknowledged.has(id ?? "");
  const leftover = vaults.filter((vault) => vault.holdsCiphertext && (vault.status !== "active" || known(vault.id)));
  const unanswered = vaults.filter((vault) => vault.holdsCiphertext && !known(vault.id));
  const orphans = unanswered.filter((vault) => !inD1.has(vault.id ?? ""));
  return {
    name: "at the end no vault file of an ended secret holds ciphertext",
    ok: leftover.length === 0,
    detail:
      leftover.length === 0
        ? `${vaults.length} vault files; ${unanswered.length} still active from creates that got no answer, ` +
          `${orphans.length} of them unknown to D1 (killed between the vault's deposit and D1's row; they end at expiry)`
        : leftover.map((vault) => `${vault.id} (${vault.status})`).join(", "),
  };
}
