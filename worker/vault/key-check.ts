// PROTOCOL 2.1's decision: does this reveal come from someone who holds the link key? Only then may it be
// told about the secret's recipient rules, or spend one of the five passphrase attempts.
//
// | secret                          | presents                     | key      |
// | no passphrase                   | proof                        | proof decides (a wrong proof can only be a wrong key) |
// | passphrase, keyVerifier stored  | keyProof                     | keyProof decides; missing is wrong |
// | passphrase, no keyVerifier      | proof                        | cannot be told apart from the passphrase: "unknown" |
import { decodeBase64Url } from "../../protocol/base64url";
import type { PresentedProofs, VaultState } from "./vault-types";

type KeyCheck = "right" | "wrong" | "unknown";

export function checkKey(state: VaultState, presented: PresentedProofs): KeyCheck {
  if (state.kdf === null) return matches(presented.proofHash, state.verifier) ? "right" : "wrong";
  const keyVerifier = state.keyVerifier ?? null; // vaults deposited before 2.1 have no such field
  if (keyVerifier === null) return "unknown";
  if (!presented.keyProofHash) return "wrong";
  return matches(presented.keyProofHash, keyVerifier) ? "right" : "wrong";
}

/** The full proof (key and passphrase): the only thing that releases the ciphertext. */
export function proofMatches(state: VaultState, presented: PresentedProofs): boolean {
  return matches(presented.proofHash, state.verifier);
}

function matches(hash: Uint8Array<ArrayBuffer>, stored: string): boolean {
  // Constant-time: how much of a verifier matched must not show in the answer's timing.
  return crypto.subtle.timingSafeEqual(hash, decodeBase64Url(stored));
}
