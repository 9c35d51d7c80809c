// `oncelink receive REQUEST_ID_OR_LINK`: open each unopened response of one of the caller's requests, once,
// with the private key kept here (or the one in an inbox link), and write each exactly as it was sent.
import type { RequestResponse, RevealResult } from "../../../protocol/api";
import { EnvelopeError, openSecret } from "../../../protocol/envelope";
import { importRequestPrivateKey, responseProofs } from "../../../protocol/request-crypto";
import { callApi } from "../api-client";
import { parseCommand } from "../args";
import { CliError, EXIT, usageError } from "../cli-error";
import { loadSettings, requireToken, requireUrl } from "../config";
import { ownedRequests } from "../owned-requests";
import { requestKeyOf } from "../request-keys";
import { parseRequestRef } from "../request-link";

const OPTIONS = { json: { type: "boolean" } } as const;

export async function receive(args: string[]): Promise<void> {
  const { values, positionals } = parseCommand(args, OPTIONS, 1);
  const [ref] = positionals;
  if (!ref) throw usageError("Which request? oncelink receive REQUEST_ID_OR_LINK");
  const { id, origin: linkOrigin, fragment, inbox } = parseRequestRef(ref, "any");
  const settings = loadSettings();
  const origin = requireUrl(settings);
  if (linkOrigin && linkOrigin !== origin) throw usageError(`The link is for ${linkOrigin}, not ${origin}`);
  const token = requireToken(settings);
  const request = (await ownedRequests(origin, token)).find((item) => item.id === id);
  if (!request) throw new CliError(EXIT.gone, "No such request among yours");
  const privateHalf = inbox && fragment ? fragment : requestKeyOf(id)?.privateKey;
  if (!privateHalf) {
    throw new CliError(EXIT.usage, "This machine has no key for that request: pass its inbox link instead");
  }
  let privateKey: CryptoKey;
  try {
    privateKey = await importRequestPrivateKey(privateHalf, request.publicKey);
  } catch (error) {
    if (error instanceof EnvelopeError) throw usageError(error.message);
    throw error;
  }
  // Oldest first: the order they arrived in.
  const unopened = request.responses.filter((response) => response.status === "active").reverse();
  if (unopened.length === 0) throw new CliError(EXIT.gone, "No unopened response to this request");
  const opened: { response: RequestResponse; text: string }[] = [];
  for (const response of unopened) {
    const { proof, encKey } = await responseProofs(privateKey, request.publicKey, response.ephemeralKey);
    const result = await callApi<RevealResult>(origin, `/api/secrets/${response.id}/reveal`, {
      body: { proof },
      token,
    });
    const { text } = await openSecret(result.ciphertext, encKey);
    if (values.json) opened.push({ response, text });
    else {
      if (unopened.length > 1) process.stderr.write(`Response from ${response.responder.email ?? "anonymous"}:\n`);
      process.stdout.write(text);
    }
  }
  if (values.json) {
    const answer = opened.map(({ response, text }) => ({ id: response.id, createdAt: response.createdAt, text }));
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  }
}
