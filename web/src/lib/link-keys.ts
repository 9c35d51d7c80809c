// Full share links (with the #key) of the secrets this browser created. The key exists nowhere else:
// the server never receives it, so only this device can show the whole link again.
const STORAGE_KEY = "oncelink:links";

interface StoredLink {
  link: string;
  /** Kept so a link is forgotten at expiry even if the dashboard never lists its secret again. */
  expiresAt: string;
  /** When it was stored: a list fetched before then cannot know the secret yet. */
  savedAt: number;
  /** A link of a secret group: the dashboard's group list, not its secret list, says when it ended. */
  groupId?: string;
}

type LinkMap = Record<string, StoredLink>;

function read(): LinkMap {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as LinkMap) : {};
  } catch {
    return {};
  }
}

function write(links: LinkMap): void {
  try {
    if (Object.keys(links).length === 0) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(links));
  } catch {
    // Storage can be full or disabled; the dashboard then shows the link without its key.
  }
}

export function rememberLink(id: string, link: string, expiresAt: string, groupId?: string): void {
  write({ ...read(), [id]: { link, expiresAt, savedAt: Date.now(), ...(groupId && { groupId }) } });
}

/** The full links still worth keeping, by secret id; expired ones are dropped on the way. */
export function storedLinks(now = Date.now()): Record<string, string> {
  const links = read();
  const kept: LinkMap = {};
  for (const [id, entry] of Object.entries(links)) {
    if (typeof entry?.link === "string" && Date.parse(entry.expiresAt) > now) kept[id] = entry;
  }
  if (Object.keys(kept).length !== Object.keys(links).length) write(kept);
  return Object.fromEntries(Object.entries(kept).map(([id, entry]) => [id, entry.link]));
}

/** Called with the secrets a refresh found no longer active: their keys open nothing now. */
export function forgetLinks(ids: Iterable<string>): void {
  const links = read();
  let changed = false;
  for (const id of ids) {
    if (id in links) {
      delete links[id];
      changed = true;
    }
  }
  if (changed) write(links);
}

/**
 * Called with every active secret outside a group (or, with `groupIds`, every active link of those
 * groups), from a list requested at `listedAt`: a stored link of that kind that is not among them ended
 * meanwhile (or was made after the request, which `savedAt` tells).
 */
export function forgetLinksNotIn(
  activeIds: ReadonlySet<string>,
  listedAt: number,
  groupIds?: ReadonlySet<string>,
): void {
  const links = read();
  const stale = Object.entries(links)
    .filter(([, entry]) => (groupIds ? groupIds.has(entry.groupId ?? "") : !entry.groupId))
    .filter(([id, entry]) => !activeIds.has(id) && (entry.savedAt ?? 0) < listedAt)
    .map(([id]) => id);
  forgetLinks(stale);
}

export function forgetAllLinks(): void {
  write({});
}
