// `oncelink request --name NAME`: make a key pair here, send only its public half (PROTOCOL 9), keep the
// private half in the config dir (request-keys.json, mode 0600), and print the link to send the responder.
import type { RequestResult } from "../../../protocol/api";
import { DEFAULT_EXPIRES_IN, MAX_REQUEST_RESPONSES } from "../../../protocol/limits";
import { newRequestKeyPair, publicKeyCheck } from "../../../protocol/request-crypto";
import type { CreateRequestInput } from "../../../protocol/request-schemas";
import { callApi } from "../api-client";
import { parseCommand, parseExpires } from "../args";
import { usageError } from "../cli-error";
import { loadSettings, requireToken, requireUrl } from "../config";
import { saveRequestKey } from "../request-keys";

const OPTIONS = {
  name: { type: "string" },
  note: { type: "string" },
  expires: { type: "string" },
  responses: { type: "string" },
  notify: { type: "boolean" },
  json: { type: "boolean" },
} as const;

function parseResponses(text: string): number {
  const count = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  if (!(count >= 1 && count <= MAX_REQUEST_RESPONSES)) {
    throw usageError(`--responses must be a whole number from 1 to ${MAX_REQUEST_RESPONSES}`);
  }
  return count;
}

export async function request(args: string[]): Promise<void> {
  const { values } = parseCommand(args, OPTIONS, 0);
  if (!values.name?.trim()) throw usageError("What is asked for? oncelink request --name NAME");
  const expiresIn = values.expires === undefined ? DEFAULT_EXPIRES_IN : parseExpires(values.expires);
  const maxResponses = values.responses === undefined ? 1 : parseResponses(values.responses);
  const settings = loadSettings();
  const origin = requireUrl(settings);
  const token = requireToken(settings);
  const keys = await newRequestKeyPair();
  const body = {
    name: values.name,
    note: values.note,
    publicKey: keys.publicKey,
    expiresIn,
    maxResponses,
    notifyOnResponse: values.notify ?? false,
  } satisfies CreateRequestInput;
  const { request: created } = await callApi<RequestResult>(origin, "/api/requests", { body, token });
  saveRequestKey(created.id, { origin, publicKey: keys.publicKey, privateKey: keys.privateKey });
  const link = `${created.url}#${await publicKeyCheck(keys.publicKey)}`;
  process.stdout.write(
    values.json ? `${JSON.stringify({ link, id: created.id, expiresAt: created.expiresAt })}\n` : `${link}\n`,
  );
}
