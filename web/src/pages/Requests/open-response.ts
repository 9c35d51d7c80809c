// Opening one response (PROTOCOL 9): the proof from this browser's private key, the secrets' own reveal
// (it works once), then decryption here.
import type { OwnedRequest, RequestResponse } from "../../../../protocol/api";
import { openResponse, responseProofs } from "../../../../protocol/request-crypto";
import { revealSecret } from "../../lib/api-routes";
import { t } from "../../lib/i18n";
import { requestKeyOf } from "../../lib/request-keys";

export async function openRequestResponse(request: OwnedRequest, response: RequestResponse): Promise<string> {
  const stored = await requestKeyOf(request.id);
  if (!stored) throw new Error(t("secrets.requests.noKeyOpen"));
  const { proof, encKey } = await responseProofs(stored.privateKey, request.publicKey, response.ephemeralKey);
  const { ciphertext } = await revealSecret(response.id, { proof });
  return (await openResponse(ciphertext, encKey)).text;
}
