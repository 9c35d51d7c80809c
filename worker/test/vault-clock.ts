// A vault's clock for tests: the app offers no way to move a secret's time, so a test moves the expiry the
// vault keeps in its storage into the past, as if that time had come. Its alarm, still set, then ends it.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { vaultFor } from "../vault/vault-for";

/** Moves secret `id`'s expiry `ago` ms into the past; `loseAlarm` also deletes its alarm (a crash lost it). */
export async function pastExpiry(id: string, { ago = 1, loseAlarm = false } = {}): Promise<void> {
  await runInDurableObject(vaultFor(env, id), async (_, state) => {
    const stored = state.storage.kv.get<{ expiresAt: number }>("state");
    state.storage.kv.put("state", { ...stored, expiresAt: Date.now() - ago });
    if (loseAlarm) await state.storage.deleteAlarm();
  });
}
