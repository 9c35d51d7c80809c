// Page cursors are opaque to clients: base64url of [time, tie-breaker] of the last row a page showed.
// The secrets list breaks ties by id (a string), the audit log by seq (a number).
import { decodeBase64Url, encodeBase64Url } from "../../protocol/base64url";
import { invalidInput } from "./errors";

export function writePageCursor(at: number, tieBreaker: string | number): string {
  return encodeBase64Url(new TextEncoder().encode(JSON.stringify([at, tieBreaker])));
}

export function readPageCursor<T extends "string" | "number">(
  raw: string | undefined,
  tieBreaker: T,
): { at: number; tieBreaker: T extends "string" ? string : number } | undefined {
  if (raw === undefined) return undefined;
  try {
    const [at, tie] = JSON.parse(new TextDecoder().decode(decodeBase64Url(raw)));
    const tieOk = tieBreaker === "string" ? typeof tie === "string" : Number.isSafeInteger(tie);
    if (Number.isSafeInteger(at) && tieOk) return { at, tieBreaker: tie };
  } catch {}
  throw invalidInput("cursor: is not a cursor this API gave out");
}
