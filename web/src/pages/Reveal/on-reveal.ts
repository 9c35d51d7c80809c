// What only "View Secret" and its outcome need: the crypto, the revealed secret's view, the verify-email
// prompt and the stretching bar. A chunk of its own, so the first load (HTML, then one module) stays small;
// RevealForm starts loading it as soon as the form shows, long before a person can click (click-module.ts).
import type { SecretPeek } from "../../../../protocol/api";
import { openSecret, revealProofs, stretchPassphrase } from "../../../../protocol/envelope";
import { revealSecret } from "../../lib/api-routes";
import { type Stretching, trackStretch } from "../../lib/use-stretch-progress";
import type { Revealed } from "./RevealedSecret";

export { EnvelopeError } from "../../../../protocol/envelope";
export { StretchProgress } from "../../components/StretchProgress";
export { RevealedSecret } from "./RevealedSecret";
export { VerifyEmailPrompt } from "./VerifyEmailPrompt";

interface OpenRequest {
  id: string;
  linkKey: string;
  peek: SecretPeek;
  passphrase: string;
  turnstileToken: string | null;
  showStretching: (stretching: Stretching | null) => void;
}

/** Proves the key (and passphrase) to the server, which hands over the ciphertext once; opens it here. */
export async function openSharedSecret(request: OpenRequest): Promise<Revealed> {
  const { peek, passphrase } = request;
  const kdf = peek.passphrase ? peek.kdf : undefined;
  const stretched = kdf
    ? await trackStretch(kdf.iterations, () => stretchPassphrase(passphrase, kdf), request.showStretching)
    : undefined;
  const { encKey, proof, keyProof } = await revealProofs(request.linkKey, stretched);
  // Without the human check there is no token, and JSON leaves the undefined fields out.
  const body = { proof, keyProof, turnstileToken: request.turnstileToken ?? undefined };
  const result = await revealSecret(request.id, body);
  const { text } = await openSecret(result.ciphertext, encKey);
  return { text, viewedAt: result.viewedAt, remainingViews: result.remainingViews };
}
