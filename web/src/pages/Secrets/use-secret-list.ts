import { useEffect, useRef, useState } from "preact/hooks";
import type { Secret, SecretPage } from "../../../../protocol/api";
import { ApiError, errorMessage } from "../../lib/api";
import { listSecrets } from "../../lib/api-routes";
import { forgetLinks, forgetLinksNotIn, storedLinks } from "../../lib/link-keys";
import { useSession } from "../../lib/use-session";
import { useVisibleInterval } from "../../lib/use-visible-interval";

const PAGE_SIZE = 20;
/** The API's largest page. */
const MAX_LIMIT = 100;
/** A view shows up on the dashboard within this long, without a reload. */
const REFRESH_MS = 4000;

interface SecretList {
  items: Secret[];
  /** Full links with their keys, by secret id, for the secrets this browser created. */
  links: Record<string, string>;
  nextCursor: string | null;
  loaded: boolean;
  loadingMore: boolean;
  error: string | null;
  loadMore: () => void;
  /** A secret just created here: shown at the top at once. */
  add: (secret: Secret) => void;
  /** After a burn answered 204. */
  markBurned: (id: string) => void;
  refresh: () => void;
}

const newestFirst = (a: Secret, b: Secret) =>
  b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * The owner's secrets, newest first, kept fresh by polling. A refresh re-reads as many secrets as are on
 * screen and updates the cards in place; a card that drops out of the filter meanwhile (it expired, or
 * was burned elsewhere) stays where it was with its new status instead of vanishing under the pointer.
 */
export function useSecretList(showEnded: boolean): SecretList {
  const { setUser } = useSession();
  const status = showEnded ? "all" : "active,viewed";
  const [items, setItems] = useState<Secret[]>([]);
  const [links, setLinks] = useState<Record<string, string>>(storedLinks);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Every request that replaces or extends the list takes a number; an answer whose number is no longer
  // the latest is dropped, so a slow poll can't undo a filter change or a "Load more".
  const latest = useRef(0);
  const inFlight = useRef(false);
  const shown = useRef(items);
  shown.current = items;

  function fetchPage(cursor: string | null, limit: number) {
    const query = new URLSearchParams({ status, limit: String(limit) });
    if (cursor) query.set("cursor", cursor);
    return listSecrets(query);
  }

  function failed(caught: unknown) {
    // The session ended (expired, or signed out in another tab): SignedInOnly sends the user to sign in.
    if (caught instanceof ApiError && caught.status === 401) setUser(null);
    else setError(errorMessage(caught));
  }

  function settle(next: Secret[], cursor: string | null, listedAt: number) {
    setItems(next);
    setNextCursor(cursor);
    setLoaded(true);
    setError(null);
    // A key is worth keeping only while its secret can still be opened.
    forgetLinks(next.filter((secret) => secret.status !== "active").map((secret) => secret.id));
    if (cursor === null) {
      forgetLinksNotIn(new Set(next.filter((s) => s.status === "active").map((s) => s.id)), listedAt);
    }
    setLinks(storedLinks());
  }

  async function reload(keepShown: boolean) {
    const ticket = ++latest.current;
    inFlight.current = true;
    const listedAt = Date.now();
    const before = keepShown ? shown.current : [];
    const wanted = Math.max(PAGE_SIZE, before.length);
    try {
      const fresh: Secret[] = [];
      let cursor: string | null = null;
      do {
        const page: SecretPage = await fetchPage(cursor, Math.min(MAX_LIMIT, wanted - fresh.length));
        fresh.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && fresh.length < wanted);
      if (ticket !== latest.current) return;
      settle(keepShown ? mergeShown(fresh, before, shown.current, showEnded) : fresh, cursor, listedAt);
    } catch (caught) {
      if (ticket === latest.current) failed(caught);
    } finally {
      if (ticket === latest.current) inFlight.current = false;
    }
  }

  async function loadMore() {
    if (!nextCursor) return;
    const ticket = ++latest.current;
    inFlight.current = true;
    setLoadingMore(true);
    const listedAt = Date.now();
    try {
      const page = await fetchPage(nextCursor, PAGE_SIZE);
      if (ticket !== latest.current) return;
      const known = new Set(shown.current.map((secret) => secret.id));
      settle([...shown.current, ...page.items.filter((secret) => !known.has(secret.id))], page.nextCursor, listedAt);
    } catch (caught) {
      if (ticket === latest.current) failed(caught);
    } finally {
      if (ticket === latest.current) inFlight.current = false;
      setLoadingMore(false);
    }
  }

  // A new filter starts from the top; the old cards stay up until the new ones arrive.
  useEffect(() => {
    reload(false);
  }, [status]);

  useVisibleInterval(() => {
    if (!inFlight.current) reload(true);
  }, REFRESH_MS);

  return {
    items,
    links,
    nextCursor,
    loaded,
    loadingMore,
    error,
    loadMore,
    refresh: () => reload(true),
    add: (secret) => {
      setItems((current) => [secret, ...current.filter((s) => s.id !== secret.id)]);
      setLinks(storedLinks());
    },
    markBurned: (id) => {
      setItems((current) => current.map((s) => (s.id === id ? { ...s, status: "burned" } : s)));
      forgetLinks([id]);
      setLinks(storedLinks());
    },
  };
}

/**
 * The fresh list, plus the cards that were on screen when the request left but are no longer in it.
 * Outside "all", a secret leaves the list only by expiring or being burned; say which, rather than
 * letting the card disappear. Cards added after the request left (a secret just created) are kept as is.
 */
function mergeShown(fresh: Secret[], before: Secret[], now: Secret[], showEnded: boolean): Secret[] {
  const freshIds = new Set(fresh.map((secret) => secret.id));
  const beforeIds = new Set(before.map((secret) => secret.id));
  const kept = now
    .filter((secret) => !freshIds.has(secret.id))
    .filter((secret) => !beforeIds.has(secret.id) || !showEnded)
    .map((secret) => (beforeIds.has(secret.id) ? ended(secret) : secret));
  return kept.length === 0 ? fresh : [...fresh, ...kept].sort(newestFirst);
}

function ended(secret: Secret): Secret {
  if (secret.status === "expired" || secret.status === "burned") return secret;
  return { ...secret, status: Date.parse(secret.expiresAt) <= Date.now() ? "expired" : "burned" };
}
