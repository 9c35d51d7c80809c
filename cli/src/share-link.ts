// Reading a share link, {origin}/s/{id}#{linkKey} (PROTOCOL section 1), or a bare secret id.
import { MESSAGES } from "../../protocol/api";
import { LINK_KEY_PATTERN, SECRET_ID_PATTERN } from "../../protocol/limits";
import { CliError, EXIT, usageError } from "./cli-error";

interface SecretAddress {
  origin: string;
  id: string;
}

function parseAddress(link: string): SecretAddress & { fragment: string } {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw usageError(`Not an Oncelink link: ${link.slice(0, 80)}`);
  }
  const id = /^\/s\/([^/]+)$/.exec(url.pathname)?.[1];
  if ((url.protocol !== "https:" && url.protocol !== "http:") || id === undefined) {
    throw usageError(`Not an Oncelink link (expected ORIGIN/s/ID#KEY): ${url.origin}${url.pathname}`);
  }
  // An id of the wrong shape can name no secret: the server would answer 404 to it.
  if (!SECRET_ID_PATTERN.test(id)) throw new CliError(EXIT.gone, MESSAGES.notFound);
  return { origin: url.origin, id, fragment: url.hash.slice(1) };
}

/** A link to open: without its whole key no proof can be derived, so nothing is sent for it. */
export function parseShareLink(link: string): SecretAddress & { linkKey: string } {
  const { origin, id, fragment } = parseAddress(link);
  if (!LINK_KEY_PATTERN.test(fragment)) throw usageError(MESSAGES.invalidLink);
  return { origin, id, linkKey: fragment };
}

/** `burn ID|LINK`: the id, and the link's origin when a link was given (its key is not needed). */
export function parseSecretRef(ref: string): { id: string; origin?: string } {
  if (SECRET_ID_PATTERN.test(ref)) return { id: ref };
  const { origin, id } = parseAddress(ref);
  return { origin, id };
}
