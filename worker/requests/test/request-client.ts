// Test helpers for secret requests: the requester's and the responder's sides as their clients run them.
import type { OwnedRequest, RequestPage, RequestResult } from "../../../protocol/api";
import {
  importRequestPrivateKey,
  newRequestKeyPair,
  type RequestKeyPair,
  responseProofs,
  sealResponse,
} from "../../../protocol/request-crypto";
import { api, type Call, type Caller, postJson, reveal } from "../../test/client";

export interface MadeRequest extends RequestResult {
  keys: RequestKeyPair;
}

export async function makeRequest(caller: Caller, options: Record<string, unknown> = {}): Promise<MadeRequest> {
  const keys = await newRequestKeyPair();
  const res = await postJson(
    "/api/requests",
    { name: "Staging DB password", publicKey: keys.publicKey, ...options },
    caller,
  );
  if (res.status !== 201) throw new Error(`request create failed: ${res.status} ${await res.text()}`);
  return { ...(await res.json<RequestResult>()), keys };
}

/** Encrypts to the request's key and posts it, from a random address unless told. */
export async function respond(requestId: string, publicKey: string, text: string, init: Call = {}) {
  const sealed = await sealResponse({ text, publicKey });
  const { ephemeralKey, ciphertext, verifier } = sealed;
  return api(`/api/requests/${requestId}/responses`, {
    method: "POST",
    body: JSON.stringify({ ephemeralKey, ciphertext, verifier }),
    ...init,
  });
}

export async function ownedRequest(caller: Caller, id: string): Promise<OwnedRequest | undefined> {
  const res = await api("/api/requests?limit=100", caller);
  if (res.status !== 200) throw new Error(`list failed: ${res.status}`);
  return (await res.json<RequestPage>()).items.find((item) => item.id === id);
}

/** The requester opens one response: the proof from the private key, the secrets' reveal, then decryption. */
export async function openResponse(made: MadeRequest, response: { id: string; ephemeralKey: string }) {
  const privateKey = await importRequestPrivateKey(made.keys.privateKey, made.keys.publicKey);
  const { proof, encKey } = await responseProofs(privateKey, made.keys.publicKey, response.ephemeralKey);
  const res = await reveal(response.id, proof);
  return { res, proof, encKey };
}
