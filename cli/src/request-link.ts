// Reading request links (PROTOCOL 9): {origin}/r/{id}#{keyCheck} for responders (the fragment optional), and
// the inbox link {origin}/requests/{id}#{privateKey} for the requester's other devices; or a bare id.
import { REQUEST_MESSAGES } from "../../protocol/api";
import { LINK_KEY_PATTERN, SECRET_ID_PATTERN } from "../../protocol/limits";
import { CliError, EXIT, usageError } from "./cli-error";

export interface RequestAddress {
  origin?: string;
  id: string;
  /** The key check of a request link, or the private key of an inbox link; absent when the link has none. */
  fragment?: string;
  /** An inbox link: its fragment is the request's private key. */
  inbox: boolean;
}

export function parseRequestRef(ref: string, accept: "request" | "any"): RequestAddress {
  if (accept === "any" && SECRET_ID_PATTERN.test(ref)) return { id: ref, inbox: false };
  let url: URL;
  try {
    url = new URL(ref);
  } catch {
    throw usageError(`Not an Oncelink request link: ${ref.slice(0, 80)}`);
  }
  const pattern = accept === "request" ? /^\/r\/([^/]+)$/ : /^\/(?:r|requests)\/([^/]+)$/;
  const id = pattern.exec(url.pathname)?.[1];
  if ((url.protocol !== "https:" && url.protocol !== "http:") || id === undefined) {
    throw usageError(`Not an Oncelink request link (expected ORIGIN/r/ID): ${url.origin}${url.pathname}`);
  }
  if (!SECRET_ID_PATTERN.test(id)) throw new CliError(EXIT.gone, REQUEST_MESSAGES.notFound);
  const fragment = url.hash.slice(1);
  if (fragment && !LINK_KEY_PATTERN.test(fragment)) throw usageError("The link's fragment is damaged");
  return { origin: url.origin, id, inbox: url.pathname.startsWith("/requests/"), ...(fragment && { fragment }) };
}
