/** The Durable Object that holds the secret with this id: one per secret, found by its id. */
export function vaultFor(env: Env, secretId: string) {
  return env.SECRET_VAULT.get(env.SECRET_VAULT.idFromName(secretId));
}
