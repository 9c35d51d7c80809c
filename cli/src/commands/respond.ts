// `oncelink respond REQUEST_LINK`: read the secret from stdin, encrypt it here to the request's public key
// (PROTOCOL 9) and send it. No account, no token: the request link is all it takes.
import { REQUEST_MESSAGES, type RequestPeek, type ResponseStored } from "../../../protocol/api";
import { EnvelopeError } from "../../../protocol/envelope";
import { publicKeyCheck, sealResponse } from "../../../protocol/request-crypto";
import type { RespondBody } from "../../../protocol/request-schemas";
import { callApi } from "../api-client";
import { parseCommand } from "../args";
import { CliError, EXIT, usageError } from "../cli-error";
import { parseRequestRef } from "../request-link";
import { readSecret } from "./share";

export async function respond(args: string[]): Promise<void> {
  const { positionals } = parseCommand(args, {}, 1);
  const [link] = positionals;
  if (!link) throw usageError("Which request? oncelink respond REQUEST_LINK");
  const { origin, id, fragment } = parseRequestRef(link, "request");
  if (!origin) throw usageError("oncelink respond takes the request's link");
  const peek = await callApi<RequestPeek>(origin, `/api/requests/${id}`);
  if (peek.status !== "open") {
    const message = peek.status === "expired" ? REQUEST_MESSAGES.expired : REQUEST_MESSAGES[peek.status];
    throw new CliError(EXIT.gone, message);
  }
  // The link's fragment, when it has one, pins the key: a server that swapped it is refused.
  if (fragment && (await publicKeyCheck(peek.publicKey)) !== fragment) {
    throw new CliError(EXIT.usage, "The request's key does not match its link: nothing was sent");
  }
  process.stderr.write(`${peek.from}${peek.fromVerified ? "" : " (address not verified)"} asks for: ${peek.name}\n`);
  const text = await readSecret();
  try {
    const sealed = await sealResponse({ text, publicKey: peek.publicKey });
    const body = {
      ephemeralKey: sealed.ephemeralKey,
      ciphertext: sealed.ciphertext,
      verifier: sealed.verifier,
    } satisfies RespondBody;
    await callApi<ResponseStored>(origin, `/api/requests/${id}/responses`, { body });
  } catch (error) {
    if (error instanceof EnvelopeError) throw usageError(error.message);
    throw error;
  }
  process.stderr.write("Sent. Only the person who asked can open it, once.\n");
}
