import { useEffect, useRef, useState } from "preact/hooks";
import type { OwnedSecret, Secret, SecretPage } from "../../../../protocol/api";
import type { SecretStatus } from "../../../../protocol/enums";
import { ApiError, errorMessage } from "../../lib/api";
import { listSecrets } from "../../lib/api-routes";
import { forgetLinks, forgetLinksNotIn, storedLinks } from "../../lib/link-keys";
import { useSession } from "../../lib/use-session";

const PAGE_SIZE = 20;
/** The API's largest page. */
const MAX_LIMIT = 100;

/** The dashboard's tabs: one status, or all of them. */
export type StatusTab = SecretStatus | "all";

interface SecretList {
  items: OwnedSecret[];
  /** Per status, for the tabs; null until the first answer. */
  counts: SecretPage["counts"] | null;
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
  /** The live feed (lib/use-live-feed.ts) said something changed: read again, or once the read under way ends. */
  changed: () => void;
}

const newestFirst = (a: Secret, b: Secret) =>
  b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Active secrets first (they are the ones that can still be acted on), each group newest first. */
const activeFirst = (a: Secret, b: Secret) =>
  Number(b.status === "active") - Number(a.status === "active") || newestFirst(a, b);

/**
 * The owner's secrets outside any group, newest first, kept fresh by the live feed: the list is read again
 * only when the server says something changed (`changed`, called by the page's useLiveFeed), never on a
 * timer, so an idle dashboard costs D1 nothing. A refresh re-reads as many secrets as are on
 * screen and updates the cards in place; a card that drops out of the filter meanwhile (it expired, or
 * was burned elsewhere) stays where it was with its new status instead of vanishing under the pointer.
 */
export function useSecretList(tab: StatusTab, search: string): SecretList {
  const { setUser } = useSession();
  const status = tab;
  const showEnded = tab === "all";
  const [items, setItems] = useState<OwnedSecret[]>([]);
  const [counts, setCounts] = useState<SecretPage["counts"] | null>(null);
  const [links, setLinks] = useState<Record<string, string>>(storedLinks);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Every request that replaces or extends the list takes a number; an answer whose number is no longer
  // the latest is dropped, so a slow poll can't undo a filter change or a "Load more".
  const latest = useRef(0);
  const inFlight = useRef(false);
  // A change announced while a read was under way: that read may have missed it, so one more follows.
  const staleAgain = useRef(false);
  const shown = useRef(items);
  shown.current = items;

  function fetchPage(cursor: string | null, limit: number) {
    // Links of secret groups are listed with their group (use-group-list.ts), each group as one item.
    const query = new URLSearchParams({ status, limit: String(limit), grouped: "false" });
    if (cursor) query.set("cursor", cursor);
    if (search.trim()) query.set("q", search.trim());
    return listSecrets(query);
  }

  function failed(caught: unknown) {
    // The session ended (expired, or signed out in another tab): SignedInOnly sends the user to sign in.
    if (caught instanceof ApiError && caught.status === 401) setUser(null);
    else setError(errorMessage(caught));
  }

  function settle(next: OwnedSecret[], cursor: string | null, listedAt: number, pageCounts?: SecretPage["counts"]) {
    setItems(showEnded ? [...next].sort(activeFirst) : next);
    if (pageCounts) setCounts(pageCounts);
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
      const fresh: OwnedSecret[] = [];
      let cursor: string | null = null;
      let pageCounts: SecretPage["counts"] | undefined;
      do {
        const page: SecretPage = await fetchPage(cursor, Math.min(MAX_LIMIT, wanted - fresh.length));
        fresh.push(...page.items);
        cursor = page.nextCursor;
        pageCounts ??= page.counts;
      } while (cursor && fresh.length < wanted);
      if (ticket !== latest.current) return;
      settle(keepShown ? mergeShown(fresh, before, shown.current) : fresh, cursor, listedAt, pageCounts);
    } catch (caught) {
      if (ticket === latest.current) failed(caught);
    } finally {
      if (ticket === latest.current) readDone();
    }
  }

  function readDone() {
    inFlight.current = false;
    if (!staleAgain.current) return;
    staleAgain.current = false;
    reload(true);
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
      const more = page.items.filter((secret) => !known.has(secret.id));
      settle([...shown.current, ...more], page.nextCursor, listedAt, page.counts);
    } catch (caught) {
      if (ticket === latest.current) failed(caught);
    } finally {
      if (ticket === latest.current) readDone();
      setLoadingMore(false);
    }
  }

  // A new filter starts from the top; the old cards stay up until the new ones arrive.
  useEffect(() => {
    reload(false);
  }, [status, search]);

  function changed() {
    if (inFlight.current) staleAgain.current = true;
    else reload(true);
  }

  return {
    items,
    counts,
    links,
    nextCursor,
    loaded,
    loadingMore,
    error,
    loadMore,
    refresh: () => reload(true),
    changed,
    add: (secret) => {
      if (tab !== "all" && tab !== "active") return void reload(true);
      setItems((current) => [{ ...secret, recentViews: [] }, ...current.filter((s) => s.id !== secret.id)]);
      setLinks(storedLinks());
      reload(true);
    },
    markBurned: (id) => {
      // Where burned secrets are hidden, the burned one leaves at once; under "All" it shows as burned.
      setItems((current) =>
        tab === "all" || tab === "burned"
          ? current.map((s) => (s.id === id ? { ...s, status: "burned" } : s))
          : current.filter((s) => s.id !== id),
      );
      setCounts(
        (current) => current && { ...current, active: Math.max(0, current.active - 1), burned: current.burned + 1 },
      );
      forgetLinks([id]);
      setLinks(storedLinks());
    },
  };
}

/**
 * The fresh list, plus the cards added after the request left (a secret just created), which it cannot
 * know yet. A card that left the filter meanwhile leaves the screen too: the tabs' counts say where it went.
 */
function mergeShown(fresh: OwnedSecret[], before: OwnedSecret[], now: OwnedSecret[]): OwnedSecret[] {
  const freshIds = new Set(fresh.map((secret) => secret.id));
  const beforeIds = new Set(before.map((secret) => secret.id));
  const added = now.filter((secret) => !freshIds.has(secret.id) && !beforeIds.has(secret.id));
  return added.length === 0 ? fresh : [...fresh, ...added].sort(newestFirst);
}
